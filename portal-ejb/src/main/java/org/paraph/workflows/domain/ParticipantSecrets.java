package org.paraph.workflows.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import org.paraph.shared.domain.Sha256;

/**
 * The secrets a {@link Participant} is sent and how they are kept: link tokens and qualified
 * authorization states (32 random bytes, URL-safe, stored as their SHA-256), and one-time passwords
 * (six digits, stored as a hash salted with the participant and the link, compared in constant
 * time).
 */
final class ParticipantSecrets {

  private ParticipantSecrets() {}

  /** A new link token or qualified authorization state, to be sent and never stored. */
  static String newToken(SecureRandom random) {
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }

  /** The stored form of a link token or a qualified authorization state. */
  static String hashOfToken(String token) {
    return Sha256.hex(token);
  }

  /** A new one-time password of six digits. */
  static String newOtp(SecureRandom random) {
    return String.format("%06d", random.nextInt(1_000_000));
  }

  /**
   * The stored form of a one-time password. Salted with the participant's id and the current link:
   * the same code for another participant or another link never matches.
   */
  static String hashOfOtp(UUID participant, String linkTokenHash, String code) {
    return Sha256.hex(participant + ":" + linkTokenHash + ":" + code);
  }

  /** Whether {@code code}, without surrounding spaces, is the one whose hash is stored. */
  static boolean otpMatches(
      String storedHash, UUID participant, String linkTokenHash, String code) {
    String given = code == null ? "" : code.strip();
    return MessageDigest.isEqual(
        storedHash.getBytes(StandardCharsets.US_ASCII),
        hashOfOtp(participant, linkTokenHash, given).getBytes(StandardCharsets.US_ASCII));
  }
}
