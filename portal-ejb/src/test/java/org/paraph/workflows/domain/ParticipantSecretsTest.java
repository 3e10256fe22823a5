package org.paraph.workflows.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How a participant's link tokens and one-time passwords are made and kept. */
class ParticipantSecretsTest {

  private final SecureRandom random = new SecureRandom();

  @Test
  void aTokenIsThirtyTwoRandomBytesUrlSafeAndKeptAsItsSha256() {
    String token = ParticipantSecrets.newToken(random);

    assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
    assertNotEquals(token, ParticipantSecrets.newToken(random));
    assertTrue(ParticipantSecrets.hashOfToken(token).matches("[0-9a-f]{64}"));
    assertEquals(ParticipantSecrets.hashOfToken(token), Participant.hashOfToken(token));
  }

  @Test
  void aCodeIsSixDigitsThatMatchOnlyForItsParticipantAndLink() {
    UUID participant = UUID.randomUUID();
    String code = ParticipantSecrets.newOtp(random);
    String stored = ParticipantSecrets.hashOfOtp(participant, "link", code);

    assertTrue(code.matches("[0-9]{6}"), code);
    assertTrue(ParticipantSecrets.otpMatches(stored, participant, "link", " " + code + " "));
    assertFalse(ParticipantSecrets.otpMatches(stored, UUID.randomUUID(), "link", code));
    assertFalse(ParticipantSecrets.otpMatches(stored, participant, "another link", code));
    assertFalse(ParticipantSecrets.otpMatches(stored, participant, "link", null));
  }
}
