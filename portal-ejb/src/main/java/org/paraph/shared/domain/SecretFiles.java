package org.paraph.shared.domain;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Files that hold secrets, such as the master key, and the folders they live in: readable by the
 * portal's own account only, and created so from the start. Implemented in {@code
 * shared.infrastructure} ({@code OwnerOnlySecretFiles}, over {@code OwnerOnlyFiles}).
 */
public interface SecretFiles {

  /**
   * Creates the folder and any missing parent readable by the portal's account only; an existing
   * folder is tightened (its parents, which may be shared ones, are left alone).
   */
  void createFolder(Path folder) throws IOException;

  /**
   * Writes a new file, readable by the portal's account only from the start; fails if it exists.
   */
  void writeNew(Path file, byte[] content) throws IOException;

  /**
   * Tightens a folder and, when given, a file in it to the portal's account only: for what an
   * earlier version wrote with the default permissions.
   *
   * @param file a file in the folder, or null
   * @return whether anything had to change
   */
  boolean restrict(Path folder, Path file) throws IOException;
}
