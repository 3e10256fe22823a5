package org.paraph.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import org.paraph.shared.domain.SecretFiles;

/**
 * The portal's {@link SecretFiles}: files 0600 in folders 0700, as {@link OwnerOnlyFiles} makes.
 */
@ApplicationScoped
public class OwnerOnlySecretFiles implements SecretFiles {

  @Override
  public void createFolder(Path folder) throws IOException {
    OwnerOnlyFiles.createDirectories(folder);
  }

  @Override
  public void writeNew(Path file, byte[] content) throws IOException {
    OwnerOnlyFiles.writeNew(file, content);
  }

  @Override
  public boolean restrict(Path folder, Path file) throws IOException {
    return OwnerOnlyFiles.restrict(folder, file);
  }
}
