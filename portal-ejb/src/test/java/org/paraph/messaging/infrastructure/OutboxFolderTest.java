package org.paraph.messaging.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paraph.shared.infrastructure.OwnerOnlyFiles;

class OutboxFolderTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path data;

  @Test
  void aMessageAppearsWholeUnderItsTimeAndExtension() throws IOException {
    Path file =
        OutboxFolder.write(
            data.resolve("mail"), "eml", clock, out -> out.write("Hello".getBytes()));

    assertEquals(List.of(file), files(data.resolve("mail")));
    assertTrue(file.getFileName().toString().startsWith(clock.millis() + "-"), file.toString());
    assertTrue(file.getFileName().toString().endsWith(".eml"), file.toString());
    assertEquals("Hello", Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void aMessageThatCannotBeWrittenLeavesNothingBehind() throws IOException {
    assertThrows(
        IOException.class,
        () ->
            OutboxFolder.write(
                data.resolve("sms"),
                "json",
                clock,
                out -> {
                  out.write("{\"to\":".getBytes());
                  throw new IOException("disk full");
                }));

    assertEquals(List.of(), files(data.resolve("sms")));
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> listing = Files.list(folder)) {
      return listing.toList();
    }
  }

  @Test
  void aMessageIsReadableByThePortalsAccountOnly() throws IOException {
    assumeTrue(OwnerOnlyFiles.supported(), "a file system with POSIX permissions");

    Path file =
        OutboxFolder.write(
            data.resolve("outbox/mail"), "eml", clock, out -> out.write("Hello".getBytes()));

    assertEquals("rw-------", permissions(file));
    assertEquals("rwx------", permissions(data.resolve("outbox/mail")));
    assertEquals("rwx------", permissions(data.resolve("outbox")));
  }

  @Test
  void whatAnEarlierVersionWroteIsTightenedAndOnlyThat() throws IOException {
    assumeTrue(OwnerOnlyFiles.supported(), "a file system with POSIX permissions");
    Path folder = Files.createDirectories(data.resolve("outbox/sms"));
    Path old = Files.writeString(folder.resolve("1-old.json"), "{\"text\":\"123456\"}");
    Files.setPosixFilePermissions(old, PosixFilePermissions.fromString("rw-r--r--"));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    Files.setPosixFilePermissions(folder.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));

    assertEquals(3, OutboxFolder.restrictExisting(folder));

    assertEquals("rw-------", permissions(old));
    assertEquals("rwx------", permissions(folder));
    assertEquals("rwx------", permissions(folder.getParent()));
    assertEquals("{\"text\":\"123456\"}", Files.readString(old));
    assertEquals(0, OutboxFolder.restrictExisting(folder), "nothing left to change");
    assertEquals(0, OutboxFolder.restrictExisting(data.resolve("outbox/mail")), "no folder yet");
  }

  private static String permissions(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }
}
