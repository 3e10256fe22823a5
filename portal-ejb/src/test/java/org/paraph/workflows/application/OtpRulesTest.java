package org.paraph.workflows.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paraph.workflows.application.WorkflowTestbed.BASE_URL;
import static org.paraph.workflows.application.WorkflowTestbed.CALLBACK_URL;
import static org.paraph.workflows.application.WorkflowTestbed.EXPIRES;
import static org.paraph.workflows.application.WorkflowTestbed.ORIGIN;
import static org.paraph.workflows.application.WorkflowTestbed.SENDER;
import static org.paraph.workflows.application.WorkflowTestbed.SENDER_EMAIL;
import static org.paraph.workflows.application.WorkflowTestbed.document;
import static org.paraph.workflows.application.WorkflowTestbed.settings;
import static org.paraph.workflows.application.WorkflowTestbed.signer;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.paraph.messaging.domain.EmailMessage;
import org.paraph.messaging.domain.SmsMessage;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.FailureKind;
import org.paraph.workflows.domain.AuthenticationChannel;
import org.paraph.workflows.domain.OtpCheck;
import org.paraph.workflows.domain.OtpRequestLimit;
import org.paraph.workflows.domain.OtpRequestsExceededException;
import org.paraph.workflows.domain.Participant;
import org.paraph.workflows.domain.ParticipantAction;
import org.paraph.workflows.domain.ParticipantDetails;
import org.paraph.workflows.domain.ParticipantState;
import org.paraph.workflows.domain.SignLinkException;
import org.paraph.workflows.domain.Workflow;
import org.paraph.workflows.domain.WorkflowException;
import org.paraph.workflows.domain.WorkflowState;

/**
 * The one-time password of a participant's link ({@link ParticipantLinks}, {@link OtpAttempts},
 * {@link OtpRequestSettings}, {@link Invitations#resend}): a wrong code counts, the fifth locks the
 * link until the sender sends a new one, which replaces the old; a code expires; a link asks for a
 * limited number of codes. That a wrong try commits although its request fails, and that tries sent
 * at once queue on the participant's row, needs the container's transactions and the database: the
 * system tests and {@code JpaOtpConcurrencyTest} prove those.
 */
class OtpRulesTest {

  private static final String CAROL = "carol.lock@example.org";
  private static final String DAN = "dan.next@example.org";

  private final WorkflowTestbed bed = new WorkflowTestbed();
  private Workflow workflow;
  private Participant carol;
  private String link;

  @BeforeEach
  void carolIsInvited() {
    workflow =
        bed.create(
            new NewWorkflow(
                settings("Locking", EXPIRES, CALLBACK_URL),
                List.of(document("a.pdf")),
                List.of(signer("Carol", "Lock", CAROL, 1), signer("Dan", "Next", DAN, 2))));
    carol = workflow.participants().get(0);
    link = bed.invite(carol);
  }

  @Test
  void aWrongCodeIsRefusedWithTheTriesLeftAndCountedThenTheRightOneSigns() {
    String code = bed.requestCode(link, CAROL);

    SignLinkException refused =
        assertThrows(SignLinkException.class, () -> bed.sign(link, wrong(code), "Carol Lock"));

    assertEquals("wrong-otp", refused.problemType());
    assertEquals(FailureKind.UNPROCESSABLE, refused.kind());
    assertTrue(refused.getMessage().contains("4 tries left"), refused::getMessage);
    assertEquals(1, carol.otpFailures());
    assertEquals(1, bed.auditLog.of("OTP_FAILED").size());
    assertTrue(bed.signer.calls.isEmpty(), "nothing signed");

    SigningView signed = bed.sign(link, code, "Carol Lock");

    assertEquals(ParticipantState.SIGNED, signed.state());
    assertEquals(1, bed.auditLog.of("OTP_VERIFIED").size());
    assertEquals(1, bed.auditLog.of("PARTICIPANT_SIGNED").size());
    assertEquals(
        List.of(new WorkflowTestbed.RecordingProcess.Turn(carol.id(), true)), bed.process.turns);
    assertEquals(
        2,
        bed.documentStore.latest(workflow.documents().get(0).documentId()).versionNumber(),
        "the signature is a new version of the document");
  }

  @Test
  void fiveWrongCodesLockTheLinkTheRightCodeNoLongerSignsAndTheSenderIsToldOnce() {
    String code = bed.requestCode(link, CAROL);

    for (int left = 4; left >= 1; left--) {
      SignLinkException refused =
          assertThrows(SignLinkException.class, () -> bed.sign(link, wrong(code), "Carol Lock"));
      assertEquals("wrong-otp", refused.problemType());
      String expected = left + (left == 1 ? " try left" : " tries left");
      assertTrue(refused.getMessage().contains(expected), refused::getMessage);
    }
    assertLocked(() -> bed.sign(link, wrong(code), "Carol Lock"));
    assertLocked(() -> bed.sign(link, code, "Carol Lock"));
    assertLocked(() -> bed.links.sendOtp(link, ORIGIN));

    assertEquals(ParticipantState.LOCKED, carol.state());
    assertEquals(WorkflowState.IN_PROGRESS, workflow.state(), "nothing was signed");
    assertTrue(bed.signer.calls.isEmpty());
    assertEquals(4, bed.auditLog.of("OTP_FAILED").size(), "four failures...");
    assertEquals(1, bed.auditLog.of("LINK_LOCKED").size(), "...and the lock");
    assertEquals(
        List.of(OtpCheck.WRONG, OtpCheck.WRONG, OtpCheck.WRONG, OtpCheck.WRONG, OtpCheck.LOCKED),
        bed.otpChecks,
        "the metrics count the same; a locked link's later tries are not checked");
    assertEquals(1, bed.callbackEvents().stream().filter("participant.locked"::equals).count());
    List<EmailMessage> told = bed.messages.emailsTo(SENDER_EMAIL);
    assertEquals(1, told.size(), "the sender is told once");
    String body = told.get(0).body();
    assertTrue(body.contains("Carol") && body.contains("locked"), body);
    assertTrue(body.contains(BASE_URL + "/app/workflows.xhtml"), body);
    assertFalse(body.contains(link), "the sender is never given the participant's link");
  }

  @Test
  void theSendersNewLinkReplacesTheLockedOneWhichSaysSoAndNothingMoreAndTheNewOneSigns() {
    String code = bed.requestCode(link, CAROL);
    for (int tries = 0; tries < 5; tries++) {
      assertThrows(SignLinkException.class, () -> bed.sign(link, wrong(code), "Carol Lock"));
    }
    assertEquals(ParticipantState.LOCKED, carol.state());

    bed.invitations.resend(SENDER, workflow.id(), carol.id());
    String newLink = bed.linkSentTo(CAROL);

    assertNotEquals(link, newLink);
    assertEquals(ParticipantState.INVITED, carol.state());
    assertEquals(5, carol.otpTriesLeft(), "a fresh count of tries");
    SignLinkException replaced =
        assertThrows(SignLinkException.class, () -> bed.links.sendOtp(link, ORIGIN));
    assertEquals("link-replaced", replaced.problemType());
    assertEquals(FailureKind.GONE, replaced.kind());
    assertEquals(
        "This link was replaced by a newer one, which the sender sent you on 2026-11-21 09:00 UTC:"
            + " use the most recent message.",
        replaced.getMessage());
    assertFalse(replaced.getMessage().contains(newLink));
    assertFalse(replaced.getMessage().contains(CAROL));
    assertFalse(replaced.getMessage().contains("Locking"));
    assertEquals(
        "alice", bed.auditLog.of("PARTICIPANT_INVITED").get(1).actor().name(), "resent by her");

    String newCode = bed.requestCode(newLink, CAROL);
    assertEquals(ParticipantState.SIGNED, bed.sign(newLink, newCode, "Carol Lock").state());
  }

  @Test
  void onlyTheSenderResendsAndOnlyToAParticipantWhoWaitsForALink() {
    Participant dan = workflow.participants().get(1);
    Actor stranger = Actor.user("mallory", "203.0.113.9", "script");

    WorkflowException notTheirs =
        assertThrows(
            WorkflowException.class,
            () -> bed.invitations.resend(stranger, workflow.id(), carol.id()));
    assertEquals("workflow-not-found", notTheirs.problemType());
    WorkflowException notWaiting =
        assertThrows(
            WorkflowException.class, () -> bed.invitations.resend(SENDER, workflow.id(), dan.id()));
    assertEquals("invalid-workflow", notWaiting.problemType());
    assertTrue(bed.messages.emailsTo(DAN).isEmpty(), "Dan's turn has not come");

    bed.service.cancel(SENDER, workflow.id().toString());
    WorkflowException ended =
        assertThrows(
            WorkflowException.class,
            () -> bed.invitations.resend(SENDER, workflow.id(), carol.id()));
    assertEquals("workflow-not-open", ended.problemType());
    assertEquals(1, bed.messages.emailsTo(CAROL).size(), "only the invitation reached Carol");
  }

  @Test
  void aCodeExpiresAfterTenMinutesWithoutCountingAsAWrongTry() {
    String code = bed.requestCode(link, CAROL);
    bed.clock.advance(Participant.OTP_VALIDITY);

    SignLinkException expired =
        assertThrows(SignLinkException.class, () -> bed.sign(link, code, "Carol Lock"));

    assertEquals("otp-expired", expired.problemType());
    assertEquals(FailureKind.UNPROCESSABLE, expired.kind());
    assertEquals(5, carol.otpTriesLeft(), "an expired code is not a guess");
    assertEquals(1, bed.auditLog.of("OTP_FAILED").size(), "but it is audited");

    String fresh = bed.requestCode(link, CAROL);
    assertEquals(ParticipantState.SIGNED, bed.sign(link, fresh, "Carol Lock").state());
  }

  @Test
  void aCodeStillWorksJustBeforeItsTenMinutesEnd() {
    String code = bed.requestCode(link, CAROL);
    bed.clock.advance(Participant.OTP_VALIDITY.minusSeconds(1));

    assertEquals(ParticipantState.SIGNED, bed.sign(link, code, "Carol Lock").state());
  }

  @Test
  void aCodeThatWasNeverSentIsRefusedAsExpired() {
    SignLinkException expired =
        assertThrows(SignLinkException.class, () -> bed.sign(link, "123456", "Carol Lock"));

    assertEquals("otp-expired", expired.problemType());
    assertEquals(5, carol.otpTriesLeft());
  }

  @Test
  void aLinkGetsThreeCodesInTenMinutesTheFourthRequestIsRefusedSendsNothingAndTheLatestCodeSigns() {
    String latest = null;
    for (int asked = 1; asked <= 3; asked++) {
      latest = bed.requestCode(link, CAROL);
      bed.clock.advance(Duration.ofMinutes(1));
    }

    OtpRequestsExceededException refused =
        assertThrows(OtpRequestsExceededException.class, () -> bed.links.sendOtp(link, ORIGIN));

    assertEquals("otp-rate-limited", refused.problemType());
    assertEquals(FailureKind.TOO_MANY_REQUESTS, refused.kind());
    assertTrue(
        refused.getMessage().startsWith("You have asked for 3 codes in the last 10 minutes"),
        refused::getMessage);
    assertEquals(Duration.ofMinutes(7), refused.retryAfter(), "until the first leaves the window");
    assertEquals(4, bed.messages.emailsTo(CAROL).size(), "the invitation and three codes");
    assertEquals(3, bed.auditLog.of("OTP_SENT").size(), "three codes sent, not four");
    assertEquals(ParticipantState.SIGNED, bed.sign(link, latest, "Carol Lock").state());
  }

  @Test
  void aCodeMayBeAskedForAgainOnceTheFirstRequestHasLeftTheWindow() {
    for (int asked = 1; asked <= 3; asked++) {
      bed.requestCode(link, CAROL);
    }
    assertThrows(OtpRequestsExceededException.class, () -> bed.links.sendOtp(link, ORIGIN));

    bed.clock.advance(Duration.ofMinutes(10));
    String code = bed.requestCode(link, CAROL);

    assertEquals(ParticipantState.SIGNED, bed.sign(link, code, "Carol Lock").state());
  }

  @Test
  void aNewLinkFromTheSenderStartsAFreshBudgetOfCodes() {
    for (int asked = 1; asked <= 3; asked++) {
      bed.requestCode(link, CAROL);
    }
    assertThrows(OtpRequestsExceededException.class, () -> bed.links.sendOtp(link, ORIGIN));

    bed.invitations.resend(SENDER, workflow.id(), carol.id());
    String newLink = bed.linkSentTo(CAROL);
    String code = bed.requestCode(newLink, CAROL);

    assertEquals(ParticipantState.SIGNED, bed.sign(newLink, code, "Carol Lock").state());
  }

  @Test
  void theConfiguredLimitIsAppliedAndAValueBelowOneCountsAsOne() {
    bed.otpRequests.requestsPerWindow = 1;
    bed.otpRequests.windowMinutes = 30;
    bed.requestCode(link, CAROL);

    OtpRequestsExceededException refused =
        assertThrows(OtpRequestsExceededException.class, () -> bed.links.sendOtp(link, ORIGIN));
    assertEquals(Duration.ofMinutes(30), refused.retryAfter());

    OtpRequestSettings none = new OtpRequestSettings();
    none.requestsPerWindow = 0;
    none.windowMinutes = -5;
    assertEquals(new OtpRequestLimit(1, Duration.ofMinutes(1)), none.limit());
  }

  @Test
  void theCodeTravelsByTheParticipantsChannelNamedAsTheMessagesSecret() {
    String code = bed.requestCode(link, CAROL);
    EmailMessage mail = bed.messages.emailsTo(CAROL).get(1);
    assertEquals(List.of(code), mail.secrets(), "so the copy kept after sending is redacted");
    assertTrue(mail.body().contains(code + " is your Paraph code"), mail.body());

    Workflow bySms =
        bed.create(
            new NewWorkflow(
                settings("By SMS"),
                List.of(document("a.pdf")),
                List.of(
                    new ParticipantDetails(
                        "Sam",
                        "Mobile",
                        null,
                        "+33612345678",
                        null,
                        1,
                        ParticipantAction.SIGN,
                        AuthenticationChannel.SMS,
                        null,
                        List.of()))));
    bed.steps.invite(bySms.participants().get(0).id());
    List<SmsMessage> invitation = bed.messages.smsTo("+33612345678");
    assertEquals(1, invitation.size());
    String smsLink = invitation.get(0).secrets().get(0);
    assertTrue(invitation.get(0).text().contains(BASE_URL + "/sign/" + smsLink));

    bed.links.sendOtp(smsLink, ORIGIN);

    SmsMessage sms = bed.messages.smsTo("+33612345678").get(1);
    assertEquals(1, sms.secrets().size());
    assertTrue(sms.text().startsWith(sms.secrets().get(0) + " is your Paraph code"), sms.text());
  }

  @Test
  void aSignedLinkActsOnce() {
    String code = bed.requestCode(link, CAROL);
    bed.sign(link, code, "Carol Lock");

    SignLinkException again =
        assertThrows(SignLinkException.class, () -> bed.sign(link, code, "Carol Lock"));

    assertEquals(FailureKind.GONE, again.kind());
    assertEquals("link-no-longer-valid", again.problemType());
    assertEquals(1, bed.process.turns.size(), "the turn ended once");
  }

  @Test
  void aCodeIsForTheLinkThatAskedForIt() {
    String carolsCode = bed.requestCode(link, CAROL);
    bed.invitations.resend(SENDER, workflow.id(), carol.id());
    String newLink = bed.linkSentTo(CAROL);

    SignLinkException refused =
        assertThrows(SignLinkException.class, () -> bed.sign(newLink, carolsCode, "Carol Lock"));

    assertEquals("wrong-otp", refused.problemType(), "a code is salted with its link");
    assertTrue(bed.signer.calls.isEmpty());
  }

  private static void assertLocked(Executable action) {
    SignLinkException locked = assertThrows(SignLinkException.class, action);
    assertEquals("link-locked", locked.problemType());
    assertEquals(FailureKind.FORBIDDEN, locked.kind());
  }

  private static String wrong(String code) {
    return code.equals("000000") ? "111111" : "000000";
  }
}
