package org.paraph.shared.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import org.paraph.shared.domain.AesGcmSecretBox;
import org.paraph.shared.domain.ConfigurationException;
import org.paraph.shared.domain.ProblemText;
import org.paraph.shared.domain.SecretFiles;

/**
 * Encrypts and decrypts stored secrets under the master key: {@code PARAPH_MASTER_KEY} when set,
 * otherwise a key generated on first start into {@code <data dir>/keys/master.key}. The file is
 * created readable by the owner only (0600, in a 0700 folder) in the same step that creates it, so
 * there is no moment when another account could open it; a file or folder found looser is tightened
 * at start.
 */
@ApplicationScoped
public class Secrets {

  private static final Logger LOG = Logger.getLogger(Secrets.class.getName());

  @Inject PortalConfig config;
  @Inject SecretFiles files;

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
        files.restrict(file.getParent(), file);
        return decode(Files.readString(file).trim(), file.toString());
      }
      byte[] key = new byte[32];
      new SecureRandom().nextBytes(key);
      files.createFolder(file.getParent());
      files.writeNew(
          file, Base64.getEncoder().encodeToString(key).getBytes(StandardCharsets.US_ASCII));
      LOG.warning(
          "No PARAPH_MASTER_KEY set: generated a master key into "
              + file
              + ". Back it up: stored secrets cannot be read without it.");
      return key;
    } catch (IOException e) {
      throw new ConfigurationException(
          ProblemText.of("problem.configuration.master-key-file", file.toString()), e);
    }
  }

  private static byte[] decode(String base64, String source) {
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(
          ProblemText.of("problem.configuration.master-key-base64", source), e);
    }
  }
}
