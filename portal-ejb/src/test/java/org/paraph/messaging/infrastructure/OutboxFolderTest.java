package org.paraph.messaging.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
