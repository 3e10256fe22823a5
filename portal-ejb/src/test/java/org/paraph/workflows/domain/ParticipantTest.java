package org.paraph.workflows.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paraph.shared.domain.FailureKind;

/** A participant's link and one-time password, as the rules of the issue want them. */
class ParticipantTest {

  private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
  private static final OtpRequestLimit LIMIT = OtpRequestLimit.DEFAULT;
  private final SecureRandom random = new SecureRandom();
  private Participant alice;

  @BeforeEach
  void aWorkflowWithOneSigner() {
    Workflow workflow =
        new Workflow(
            new WorkflowSettings(
                "Lease",
                NOW.plus(Duration.ofDays(7)),
                null,
                null,
                Set.of(SignatureMode.TYPED),
                Set.of(),
                null),
            "sender",
            NOW);
    alice =
        workflow.addParticipant(
            new ParticipantDetails(
                "Alice",
                "Martin",
                "alice@example.org",
                null,
                null,
                1,
                ParticipantAction.SIGN,
                AuthenticationChannel.EMAIL,
                null,
                List.of()));
  }

  @Test
  void aParticipantWaitsUntilInvitedAndCannotAskForACodeBefore() {
    assertEquals(ParticipantState.WAITING, alice.state());
    SignLinkException early =
        assertThrows(SignLinkException.class, () -> alice.issueOtp(random, NOW, LIMIT));
    assertEquals("not-your-turn", early.problemType());
  }

  @Test
  void onlyTheHashOfTheLinkIsKeptAndANewLinkReplacesTheOldOne() {
    String first = alice.issueLink(random, NOW, LinkRenewal.INVITATION);
    String second = alice.issueLink(random, NOW.plusSeconds(60), LinkRenewal.REMINDER);
    assertNotEquals(first, second);
    assertTrue(first.length() >= 43, "256 random bits");
    assertEquals(ParticipantState.INVITED, alice.state());
    assertEquals(Participant.hashOfToken(second), hashOf(alice));
    assertNotEquals(Participant.hashOfToken(first), hashOf(alice));
  }

  @Test
  void aReplacedLinkIsRememberedByItsHashWithWhenAndWhyItWasReplaced() {
    String first = alice.issueLink(random, NOW, LinkRenewal.INVITATION);
    assertTrue(alice.replacedLinks().isEmpty(), "the first link replaces nothing");
    String second = alice.issueLink(random, NOW.plusSeconds(60), LinkRenewal.REMINDER);
    alice.issueLink(random, NOW.plusSeconds(120), LinkRenewal.RESENT_BY_SENDER);

    assertEquals(2, alice.replacedLinks().size());
    ReplacedLink byReminder =
        alice.replacedLinks().stream()
            .filter(link -> link.tokenHash().equals(Participant.hashOfToken(first)))
            .findFirst()
            .orElseThrow();
    assertEquals(NOW.plusSeconds(60), byReminder.replacedAt());
    assertEquals(LinkRenewal.REMINDER, byReminder.reason());
    ReplacedLink bySender =
        alice.replacedLinks().stream()
            .filter(link -> link.tokenHash().equals(Participant.hashOfToken(second)))
            .findFirst()
            .orElseThrow();
    assertEquals(NOW.plusSeconds(120), bySender.replacedAt());
    assertEquals(LinkRenewal.RESENT_BY_SENDER, bySender.reason());
    assertTrue(
        alice.replacedLinks().stream()
            .noneMatch(link -> link.tokenHash().equals(first) || link.tokenHash().equals(second)),
        "never the tokens themselves");
  }

  @Test
  void aReplacedLinkSaysWhenTheNewerOneWasSentAndNothingMore() {
    SignLinkException reminded =
        SignLinkException.replaced(
            new ReplacedLink("ab", Instant.parse("2026-11-21T14:30:59Z"), LinkRenewal.REMINDER));
    assertEquals("link-replaced", reminded.problemType());
    assertEquals(FailureKind.GONE, reminded.kind());
    assertEquals(
        "This link was replaced by a newer one, sent to you in a reminder on 2026-11-21 14:30 UTC:"
            + " use the most recent message.",
        reminded.getMessage());
    assertEquals(
        "This link was replaced by a newer one, which the sender sent you on 2026-11-21 14:30"
            + " UTC: use the most recent message.",
        SignLinkException.replaced(
                new ReplacedLink(
                    "ab", Instant.parse("2026-11-21T14:30:00Z"), LinkRenewal.RESENT_BY_SENDER))
            .getMessage());
  }

  @Test
  void theRightCodeIsAcceptedOnceWithinTenMinutes() {
    alice.issueLink(random, NOW, LinkRenewal.INVITATION);
    String code = alice.issueOtp(random, NOW, LIMIT);
    assertTrue(code.matches("\\d{6}"), code);
    assertEquals(OtpCheck.ACCEPTED, alice.checkOtp(code, NOW.plus(Duration.ofMinutes(9))));
    assertEquals(OtpCheck.EXPIRED, alice.checkOtp(code, NOW.plus(Duration.ofMinutes(9))));
  }

  @Test
  void aCodeExpiresAfterTenMinutes() {
    alice.issueLink(random, NOW, LinkRenewal.INVITATION);
    String code = alice.issueOtp(random, NOW, LIMIT);
    assertEquals(OtpCheck.EXPIRED, alice.checkOtp(code, NOW.plus(Participant.OTP_VALIDITY)));
  }

  @Test
  void theFifthWrongCodeLocksTheLinkEvenAcrossNewCodes() {
    alice.issueLink(random, NOW, LinkRenewal.INVITATION);
    String code = alice.issueOtp(random, NOW, LIMIT);
    String wrong = code.equals("000000") ? "111111" : "000000";
    for (int i = 1; i <= 3; i++) {
      assertEquals(OtpCheck.WRONG, alice.checkOtp(wrong, NOW));
      assertEquals(5 - i, alice.otpTriesLeft());
    }
    String newCode = alice.issueOtp(random, NOW, LIMIT);
    String newWrong = newCode.equals("000000") ? "111111" : "000000";
    assertEquals(OtpCheck.WRONG, alice.checkOtp(newWrong, NOW), "a new code does not reset");
    assertEquals(OtpCheck.LOCKED, alice.checkOtp(newWrong, NOW));
    assertEquals(ParticipantState.LOCKED, alice.state());
    assertEquals(OtpCheck.LOCKED, alice.checkOtp(newCode, NOW), "not even the right code now");
    assertThrows(SignLinkException.class, () -> alice.issueOtp(random, NOW, LIMIT));
  }

  @Test
  void aNewLinkFromTheSenderUnlocksWithFreshTries() {
    alice.issueLink(random, NOW, LinkRenewal.INVITATION);
    alice.issueOtp(random, NOW, LIMIT);
    for (int i = 0; i < Participant.MAX_OTP_FAILURES; i++) {
      alice.checkOtp("abcdef", NOW);
    }
    assertEquals(ParticipantState.LOCKED, alice.state());
    alice.issueLink(random, NOW, LinkRenewal.INVITATION);
    assertEquals(ParticipantState.INVITED, alice.state());
    assertEquals(Participant.MAX_OTP_FAILURES, alice.otpTriesLeft());
  }

  @Test
  void aFourthCodeWithinTenMinutesIsRefusedAndTheLatestCodeStillWorks() {
    alice.issueLink(random, NOW, LinkRenewal.INVITATION);
    alice.issueOtp(random, NOW, LIMIT);
    alice.issueOtp(random, NOW.plus(Duration.ofMinutes(1)), LIMIT);
    String third = alice.issueOtp(random, NOW.plus(Duration.ofMinutes(2)), LIMIT);

    Instant fourthTry = NOW.plus(Duration.ofMinutes(4));
    OtpRequestsExceededException refused =
        assertThrows(
            OtpRequestsExceededException.class, () -> alice.issueOtp(random, fourthTry, LIMIT));
    assertEquals("otp-rate-limited", refused.problemType());
    assertEquals(FailureKind.TOO_MANY_REQUESTS, refused.kind());
    assertEquals(NOW.plus(Duration.ofMinutes(10)), refused.allowedAt(), "when the first leaves");
    assertEquals(Duration.ofMinutes(6), refused.retryAfter());
    assertEquals(
        "You have asked for 3 codes in the last 10 minutes, the most this link allows. Use the"
            + " latest code you received, or ask for a new one after 09:10 UTC (in 6 minutes).",
        refused.getMessage());

    assertEquals(
        OtpCheck.ACCEPTED,
        alice.checkOtp(third, fourthTry),
        "a refused request leaves the latest code valid");
    assertEquals(Participant.MAX_OTP_FAILURES, alice.otpTriesLeft());
  }

  @Test
  void aCodeMayBeAskedForAgainOnceTheFirstRequestLeavesTheWindow() {
    alice.issueLink(random, NOW, LinkRenewal.REMINDER);
    for (int minute = 0; minute < 3; minute++) {
      alice.issueOtp(random, NOW.plus(Duration.ofMinutes(minute)), LIMIT);
    }
    Instant justBefore = NOW.plus(Duration.ofMinutes(10)).minusSeconds(1);
    OtpRequestsExceededException refused =
        assertThrows(
            OtpRequestsExceededException.class, () -> alice.issueOtp(random, justBefore, LIMIT));
    assertEquals(Duration.ofSeconds(1), refused.retryAfter());
    assertTrue(
        refused.getMessage().endsWith("after 09:10 UTC (in 1 second)."), refused::getMessage);

    String fourth = alice.issueOtp(random, NOW.plus(Duration.ofMinutes(10)), LIMIT);
    assertEquals(OtpCheck.ACCEPTED, alice.checkOtp(fourth, NOW.plus(Duration.ofMinutes(10))));
    // The window slides: the second request still counts until 09:11.
    OtpRequestsExceededException next =
        assertThrows(
            OtpRequestsExceededException.class,
            () -> alice.issueOtp(random, NOW.plus(Duration.ofMinutes(10)), LIMIT));
    assertEquals(NOW.plus(Duration.ofMinutes(11)), next.allowedAt());
  }

  @Test
  void aNewLinkFromTheSenderStartsAFreshBudgetOfCodes() {
    alice.issueLink(random, NOW, LinkRenewal.INVITATION);
    for (int i = 0; i < LIMIT.requests(); i++) {
      alice.issueOtp(random, NOW, LIMIT);
    }
    assertThrows(OtpRequestsExceededException.class, () -> alice.issueOtp(random, NOW, LIMIT));

    alice.issueLink(random, NOW.plusSeconds(30), LinkRenewal.RESENT_BY_SENDER);
    String code = alice.issueOtp(random, NOW.plusSeconds(31), LIMIT);
    assertEquals(OtpCheck.ACCEPTED, alice.checkOtp(code, NOW.plusSeconds(32)));
  }

  @Test
  void aLockedLinkIsRefusedAsLockedNotAsAskingTooOften() {
    alice.issueLink(random, NOW, LinkRenewal.INVITATION);
    for (int i = 0; i < LIMIT.requests(); i++) {
      alice.issueOtp(random, NOW, LIMIT);
    }
    for (int i = 0; i < Participant.MAX_OTP_FAILURES; i++) {
      alice.checkOtp("abcdef", NOW);
    }
    SignLinkException locked =
        assertThrows(SignLinkException.class, () -> alice.issueOtp(random, NOW, LIMIT));
    assertEquals("link-locked", locked.problemType());
  }

  @Test
  void aCodeIssuedUnderAnOldLinkDoesNotWorkUnderANewOne() {
    alice.issueLink(random, NOW, LinkRenewal.INVITATION);
    String code = alice.issueOtp(random, NOW, LIMIT);
    alice.issueLink(random, NOW, LinkRenewal.INVITATION);
    assertEquals(OtpCheck.WRONG, alice.checkOtp(code, NOW));
  }

  @Test
  void afterSigningTheParticipantCanNeitherSignNorDeclineAgain() {
    alice.issueLink(random, NOW, LinkRenewal.INVITATION);
    alice.signed(NOW, "192.0.2.1", "test", null);
    assertEquals(ParticipantState.SIGNED, alice.state());
    SignLinkException again =
        assertThrows(SignLinkException.class, () -> alice.declined("no", NOW, null, null));
    assertEquals("link-no-longer-valid", again.problemType());
    assertTrue(alice.markOpened(NOW));
    assertFalse(alice.markOpened(NOW.plusSeconds(5)), "the first opening is the one recorded");
  }

  private static String hashOf(Participant participant) {
    try {
      var field = Participant.class.getDeclaredField("linkTokenHash");
      field.setAccessible(true);
      return (String) field.get(participant);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void aQualifiedSignersStateComesBackOnceAndInTime() {
    Participant quentin = qualifiedSigner();
    quentin.issueLink(random, NOW, LinkRenewal.INVITATION);

    String state = quentin.startQualifiedAuthorization(random, NOW);
    String newer = quentin.startQualifiedAuthorization(random, NOW);

    assertNotEquals(state, newer);
    assertTrue(newer.length() >= 40, "unguessable: " + newer);
    quentin.finishQualifiedAuthorization(NOW.plus(Duration.ofMinutes(14)));
    SignLinkException again =
        assertThrows(SignLinkException.class, () -> quentin.finishQualifiedAuthorization(NOW));
    assertEquals("qualified-authorization-expired", again.problemType());
  }

  @Test
  void aQualifiedAuthorizationExpiresAfterFifteenMinutes() {
    Participant quentin = qualifiedSigner();
    quentin.issueLink(random, NOW, LinkRenewal.INVITATION);
    quentin.startQualifiedAuthorization(random, NOW);

    SignLinkException late =
        assertThrows(
            SignLinkException.class,
            () -> quentin.finishQualifiedAuthorization(NOW.plus(Duration.ofMinutes(15))));
    assertEquals("qualified-authorization-expired", late.problemType());
  }

  @Test
  void onlyAnInvitedQualifiedSignerStartsAQualifiedSignature() {
    Participant quentin = qualifiedSigner();
    SignLinkException early =
        assertThrows(
            SignLinkException.class, () -> quentin.startQualifiedAuthorization(random, NOW));
    assertEquals("not-your-turn", early.problemType());

    alice.issueLink(random, NOW, LinkRenewal.INVITATION);
    SignLinkException otpSigner =
        assertThrows(SignLinkException.class, () -> alice.startQualifiedAuthorization(random, NOW));
    assertEquals("not-allowed", otpSigner.problemType());
  }

  private Participant qualifiedSigner() {
    return alice
        .workflow()
        .addParticipant(
            new ParticipantDetails(
                "Quentin",
                "Person",
                "quentin@example.org",
                null,
                null,
                2,
                ParticipantAction.QUALIFIED_SIGN,
                AuthenticationChannel.EMAIL,
                null,
                List.of()));
  }
}
