package org.paraph.shared.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts stored secrets (PKCS#12 passwords, API tokens) with AES-256-GCM under the master key.
 * The stored form is {@code v1:<base64 of 12-byte nonce followed by ciphertext and tag>}; the
 * version prefix leaves room to rotate the scheme or the key later.
 */
public final class AesGcmSecretBox {

  private static final String PREFIX = "v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  public AesGcmSecretBox(byte[] masterKey) {
    if (masterKey.length != 32) {
      throw new ConfigurationException(
          ProblemText.of("problem.configuration.master-key-length", masterKey.length));
    }
    this.key = new SecretKeySpec(masterKey, "AES");
  }

  public String encrypt(String plaintext) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      ByteBuffer stored = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed);
      return PREFIX + Base64.getEncoder().encodeToString(stored.array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is available in every Java runtime", e);
    }
  }

  /**
   * @throws ConfigurationException when the secret was encrypted under another master key or was
   *     altered: the tag does not match
   */
  public String decrypt(String stored) {
    if (!stored.startsWith(PREFIX)) {
      throw new ConfigurationException(ProblemText.of("problem.configuration.secret-unknown-form"));
    }
    byte[] raw = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, raw, 0, NONCE_BYTES));
      byte[] plain = cipher.doFinal(raw, NONCE_BYTES, raw.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new ConfigurationException(
          ProblemText.of("problem.configuration.secret-undecryptable"), e);
    }
  }
}
