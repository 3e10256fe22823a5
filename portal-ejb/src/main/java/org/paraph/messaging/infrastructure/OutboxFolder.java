package org.paraph.messaging.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.UUID;
import java.util.stream.Stream;
import org.paraph.shared.infrastructure.OwnerOnlyFiles;

/**
 * The development outbox: a folder where messages that have no server to go to are written, one
 * file each, named {@code <millis>-<uuid>.<extension>} so the names sort in sending order. A file
 * appears whole or not at all (written beside, then moved in one step): whoever reads the folder (a
 * developer, a test) never sees half a message. The messages carry participants' links and codes:
 * the folders are 0700 and each file is created 0600 (see {@link OwnerOnlyFiles}).
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
    OwnerOnlyFiles.createDirectories(folder.getParent());
    OwnerOnlyFiles.createDirectories(folder);
    String name = clock.millis() + "-" + UUID.randomUUID();
    Path partial = folder.resolve(name + ".part");
    Path file = folder.resolve(name + "." + extension);
    try {
      try (OutputStream out = OwnerOnlyFiles.newFile(partial)) {
        content.writeTo(out);
      }
      Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
    return file;
  }

  /**
   * Tightens the folder, its parent and every file in it that an earlier version wrote with the
   * default permissions.
   *
   * @return how many files or folders had to change
   */
  static int restrictExisting(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    int changed = 0;
    if (Files.isDirectory(folder.getParent())
        && OwnerOnlyFiles.restrict(folder.getParent(), null)) {
      changed++;
    }
    if (OwnerOnlyFiles.restrict(folder, null)) {
      changed++;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        if (OwnerOnlyFiles.restrict(folder, file)) {
          changed++;
        }
      }
    }
    return changed;
  }
}
