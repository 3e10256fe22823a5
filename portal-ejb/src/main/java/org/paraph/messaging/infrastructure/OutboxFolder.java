package org.paraph.messaging.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.UUID;

/**
 * The development outbox: a folder where messages that have no server to go to are written, one
 * file each, named {@code <millis>-<uuid>.<extension>} so the names sort in sending order. A file
 * appears whole or not at all (written beside, then moved in one step): whoever reads the folder (a
 * developer, a test) never sees half a message.
 */
final class OutboxFolder {

  /** Writes the content of one file. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private OutboxFolder() {}

  static Path write(Path folder, String extension, Clock clock, Content content)
      throws IOException {
    Files.createDirectories(folder);
    String name = clock.millis() + "-" + UUID.randomUUID();
    Path partial = folder.resolve(name + ".part");
    Path file = folder.resolve(name + "." + extension);
    try {
      try (OutputStream out = Files.newOutputStream(partial)) {
        content.writeTo(out);
      }
      Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
    return file;
  }
}
