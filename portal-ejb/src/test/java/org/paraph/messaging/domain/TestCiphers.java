package org.paraph.messaging.domain;

import java.security.SecureRandom;
import org.paraph.shared.domain.AesGcmSecretBox;

/** The outbox's cipher as production builds it (AES-256-GCM), under a key of the test's own. */
public final class TestCiphers {

  private TestCiphers() {}

  public static TextCipher aesUnderARandomKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    AesGcmSecretBox box = new AesGcmSecretBox(key);
    return new TextCipher() {
      @Override
      public String encrypt(String plaintext) {
        return box.encrypt(plaintext);
      }

      @Override
      public String decrypt(String stored) {
        return box.decrypt(stored);
      }
    };
  }
}
