package org.paraph.seals.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Proof Key for Code Exchange (RFC 7636), method S256: the authorisation request carries the
 * challenge, the code exchange the verifier. A code caught on its way back through the browser (a
 * log, a referrer, another app on the device) is then worth nothing without the verifier, which
 * never leaves the portal.
 *
 * @param verifier 43 characters of base64url from 32 random bytes
 */
public record Pkce(String verifier) {

  public Pkce {
    if (verifier == null || !verifier.matches("[A-Za-z0-9\\-._~]{43,128}")) {
      throw new IllegalArgumentException("A PKCE verifier is 43 to 128 unreserved characters");
    }
  }

  public static Pkce generate(SecureRandom random) {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    return new Pkce(Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
  }

  /** BASE64URL(SHA-256(ASCII(verifier))). */
  public String challenge() {
    return challengeOf(verifier);
  }

  public static String challengeOf(String verifier) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is available in every Java runtime", e);
    }
  }
}
