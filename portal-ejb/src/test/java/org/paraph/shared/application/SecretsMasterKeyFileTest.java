package org.paraph.shared.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paraph.shared.infrastructure.OwnerOnlyFiles;
import org.paraph.shared.infrastructure.OwnerOnlySecretFiles;

/** The generated master key file: readable by the portal's account only, and the same next time. */
class SecretsMasterKeyFileTest {

  @TempDir Path data;

  @BeforeEach
  void posixOnly() {
    assumeTrue(OwnerOnlyFiles.supported(), "a file system with POSIX permissions");
  }

  @Test
  void theGeneratedKeyFileIs0600InA0700Folder() throws IOException {
    Secrets secrets = secretsOver(data);

    Path key = data.resolve("keys/master.key");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
    assertEquals(
        "rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key.getParent())));
    assertEquals("lease", secretsOver(data).decrypt(secrets.encrypt("lease")));
  }

  @Test
  void aKeyFileLeftReadableByAnEarlierVersionIsTightenedAtStart() throws IOException {
    Secrets first = secretsOver(data);
    String sealed = first.encrypt("lease");
    Path key = data.resolve("keys/master.key");
    Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
    Files.setPosixFilePermissions(key.getParent(), PosixFilePermissions.fromString("rwxr-xr-x"));

    Secrets again = secretsOver(data);

    assertEquals("lease", again.decrypt(sealed));
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key)));
    assertEquals(
        "rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(key.getParent())));
  }

  private static Secrets secretsOver(Path data) {
    PortalConfig config = new PortalConfig();
    config.dataDir = data.toString();
    config.masterKey = Optional.empty();
    Secrets secrets = new Secrets();
    secrets.config = config;
    secrets.files = new OwnerOnlySecretFiles();
    secrets.loadMasterKey();
    return secrets;
  }
}
