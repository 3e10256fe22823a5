package org.paraph.identity.domain;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Hashes user passwords with PBKDF2-HMAC-SHA256 and a random salt per password. The stored form
 * names the algorithm and its cost, {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}, so that the
 * cost can be raised later without breaking existing hashes: a hash of lower cost still matches,
 * and {@link #needsUpgrade} tells the caller to store a new one once the password is known.
 */
public class PasswordHasher {

  /** OWASP's figure for PBKDF2-HMAC-SHA256 (2023); hashes made before with 210,000 still match. */
  static final int DEFAULT_ITERATIONS = 600_000;

  private static final String SCHEME = "pbkdf2-sha256";
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;

  private final int iterations;
  private final SecureRandom random = new SecureRandom();
  private volatile String dummy;

  public PasswordHasher() {
    this(DEFAULT_ITERATIONS);
  }

  protected PasswordHasher(int iterations) {
    this.iterations = iterations;
  }

  public String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = derive(password, salt, iterations);
    Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
    return SCHEME
        + "$"
        + iterations
        + "$"
        + b64.encodeToString(salt)
        + "$"
        + b64.encodeToString(hash);
  }

  /** Compares in constant time; an unknown or damaged stored form never matches. */
  public boolean matches(char[] password, String stored) {
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !SCHEME.equals(parts[0])) {
      return false;
    }
    try {
      int storedIterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      return MessageDigest.isEqual(expected, derive(password, salt, storedIterations));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * Spends the time of a real comparison for a user name that is unknown or disabled, so that the
   * answer's timing does not tell which user names exist. Never matches.
   */
  public void matchNobody(char[] password) {
    matches(password, dummy());
  }

  /**
   * A hash of a random password nobody knows, made once at this hasher's cost: comparing against it
   * costs as much as comparing against a real user's fresh hash.
   */
  private String dummy() {
    String made = dummy;
    if (made == null) {
      char[] unguessable = new char[24];
      for (int i = 0; i < unguessable.length; i++) {
        unguessable[i] = (char) ('a' + random.nextInt(26));
      }
      made = hash(unguessable);
      dummy = made;
    }
    return made;
  }

  /** Whether a stored hash was made with a lower cost (or another scheme) than hashes made now. */
  public boolean needsUpgrade(String stored) {
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !SCHEME.equals(parts[0])) {
      return true;
    }
    try {
      return Integer.parseInt(parts[1]) < iterations;
    } catch (NumberFormatException e) {
      return true;
    }
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    try {
      KeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is available in every Java runtime", e);
    }
  }
}
