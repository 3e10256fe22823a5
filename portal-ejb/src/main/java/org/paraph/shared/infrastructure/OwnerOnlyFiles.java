package org.paraph.shared.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Files that hold secrets (the master key, messages with participants' links and codes) and the
 * folders they live in, readable by the portal's own account only: files 0600, folders 0700. They
 * are created with those permissions in the same system call, never written first and restricted
 * afterwards, so no other account can open them in between. On a file system without POSIX
 * permissions (Windows), they are created as the file system does, with a warning.
 */
public final class OwnerOnlyFiles {

  private static final Logger LOG = Logger.getLogger(OwnerOnlyFiles.class.getName());

  public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
  public static final Set<PosixFilePermission> FOLDER =
      PosixFilePermissions.fromString("rwx------");

  private static final boolean POSIX =
      FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  static {
    if (!POSIX) {
      LOG.warning(
          "This file system has no POSIX permissions: restrict the data directory (master key,"
              + " outbox) to the portal's account yourself");
    }
  }

  private OwnerOnlyFiles() {}

  /**
   * Creates the folder and any missing parent 0700; an existing folder is tightened to 0700 (its
   * parents, which may be shared ones such as /var/lib, are left alone).
   */
  public static void createDirectories(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      if (POSIX) {
        Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
      } else {
        Files.createDirectories(folder);
      }
    }
    restrict(folder, null);
  }

  /** A new file, 0600 from the start; fails if it exists. */
  public static OutputStream newFile(Path file) throws IOException {
    FileAttribute<?>[] attributes =
        POSIX
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)}
            : noAttributes();
    return Channels.newOutputStream(
        Files.newByteChannel(
            file, Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), attributes));
  }

  /** Writes a new file, 0600 from the start; fails if it exists. */
  public static void writeNew(Path file, byte[] content) throws IOException {
    try (OutputStream out = newFile(file)) {
      out.write(content);
    }
  }

  /**
   * Tightens a folder to 0700 and, when given, a file in it to 0600: for what an earlier version
   * wrote with the default permissions.
   *
   * @return whether anything had to change
   */
  public static boolean restrict(Path folder, Path file) throws IOException {
    if (!POSIX) {
      return false;
    }
    boolean changed = tighten(folder, FOLDER);
    if (file != null) {
      changed |= tighten(file, FILE);
    }
    return changed;
  }

  /**
   * Whether the file system keeps POSIX permissions (tests skip their checks where it does not).
   */
  public static boolean supported() {
    return POSIX;
  }

  private static boolean tighten(Path path, Set<PosixFilePermission> wanted) throws IOException {
    if (Files.getPosixFilePermissions(path).equals(wanted)) {
      return false;
    }
    Files.setPosixFilePermissions(path, wanted);
    return true;
  }

  private static FileAttribute<?>[] noAttributes() {
    return new FileAttribute<?>[0];
  }
}
