package org.paraph.shared.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import org.paraph.shared.domain.AesGcmSecretBox;
import org.paraph.shared.domain.ConfigurationException;

/**
 * Encrypts and decrypts stored secrets under the master key: {@code PARAPH_MASTER_KEY} when set,
 * otherwise a key generated on first start into {@code <data dir>/keys/master.key} (readable by the
 * owner only).
 */
@ApplicationScoped
public class Secrets {

  private static final Logger LOG = Logger.getLogger(Secrets.class.getName());

  @Inject PortalConfig config;

  private AesGcmSecretBox box;

  @PostConstruct
  void loadMasterKey() {
    box = new AesGcmSecretBox(masterKey());
  }

  public String encrypt(String plaintext) {
    return box.encrypt(plaintext);
  }

  public String decrypt(String stored) {
    return box.decrypt(stored);
  }

  private byte[] masterKey() {
    if (config.masterKey().isPresent()) {
      return decode(config.masterKey().get(), "PARAPH_MASTER_KEY");
    }
    Path file = config.dataDirectory().resolve("keys").resolve("master.key");
    try {
      if (Files.exists(file)) {
        return decode(Files.readString(file).trim(), file.toString());
      }
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      Files.createDirectories(file.getParent());
      Files.writeString(file, Base64.getEncoder().encodeToString(key));
      restrictToOwner(file);
      LOG.warning(
          "No PARAPH_MASTER_KEY set: generated a master key into "
              + file
              + ". Back it up: stored secrets cannot be read without it.");
      return key;
    } catch (IOException e) {
      throw new ConfigurationException("Cannot read or create the master key file " + file, e);
    }
  }

  private static byte[] decode(String base64, String source) {
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("The master key in " + source + " is not valid base64", e);
    }
  }

  private static void restrictToOwner(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      LOG.warning("Cannot restrict the permissions of " + file + " on this file system");
    }
  }
}
