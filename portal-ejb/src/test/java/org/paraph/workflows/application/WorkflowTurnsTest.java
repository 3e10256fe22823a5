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
import static org.paraph.workflows.application.WorkflowTestbed.document;
import static org.paraph.workflows.application.WorkflowTestbed.sealApprover;
import static org.paraph.workflows.application.WorkflowTestbed.settings;
import static org.paraph.workflows.application.WorkflowTestbed.signer;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paraph.audit.application.CodedDetails;
import org.paraph.identity.domain.Role;
import org.paraph.identity.domain.User;
import org.paraph.messaging.domain.EmailMessage;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.FailureKind;
import org.paraph.workflows.application.WorkflowTestbed.RecordingProcess.Turn;
import org.paraph.workflows.domain.Participant;
import org.paraph.workflows.domain.ParticipantState;
import org.paraph.workflows.domain.SignLinkException;
import org.paraph.workflows.domain.Workflow;
import org.paraph.workflows.domain.WorkflowException;
import org.paraph.workflows.domain.WorkflowState;

/**
 * Turns, as the use cases take them ({@link WorkflowSteps}, {@link Invitations}, {@link
 * ParticipantLinks}, {@link SealTasks}): an invitation reaches its participant only, each signature
 * or decline ends that participant's turn in the process, the last signature starts the final
 * sealing, and a decline, a cancel or the expiry ends the workflow and its links. Who is invited
 * when (the lowest order first, the next only after the whole previous order signed) is decided by
 * the BPMN process, not here: {@code SignatureWorkflowProcessTest} in workflow-defs proves it on
 * the engine. Here the test plays the process's part, calling the steps as its delegates do.
 */
class WorkflowTurnsTest {

  private static final String ALICE = "alice.martin@example.org";
  private static final String BOB = "bob.durand@example.org";
  private static final String CLAIRE = "claire.petit@example.org";

  private final WorkflowTestbed bed = new WorkflowTestbed();
  private Workflow workflow;
  private Participant alice;
  private Participant bob;
  private Participant claire;

  @BeforeEach
  void aliceThenBobAndClaireTogether() {
    workflow =
        bed.create(
            new NewWorkflow(
                settings("Lease agreement", EXPIRES, CALLBACK_URL),
                List.of(document("lease.pdf")),
                List.of(
                    signer("Alice", "Martin", ALICE, 1),
                    signer("Bob", "Durand", BOB, 2),
                    signer("Claire", "Petit", CLAIRE, 2))));
    alice = workflow.participants().get(0);
    bob = workflow.participants().get(1);
    claire = workflow.participants().get(2);
  }

  @Test
  void theProcessIsGivenTheParticipantsByOrderLowestFirst() {
    assertEquals(
        List.of(
            List.of(alice.id().toString()), List.of(bob.id().toString(), claire.id().toString())),
        bed.process.started.get(0).participantGroups());
  }

  @Test
  void anInvitationSendsThatParticipantAndNobodyElseTheirOwnLink() {
    String link = bed.invite(alice);

    assertEquals(ParticipantState.INVITED, alice.state());
    assertEquals(List.of(ParticipantState.WAITING, ParticipantState.WAITING), states(bob, claire));
    List<EmailMessage> mails = bed.messages.emailsTo(ALICE);
    assertEquals(1, mails.size());
    assertTrue(mails.get(0).body().contains(BASE_URL + "/sign/" + link), mails.get(0).body());
    assertEquals(List.of(link), mails.get(0).secrets(), "the link is redacted once sent");
    assertTrue(bed.messages.emailsTo(BOB).isEmpty(), "Bob's turn comes after Alice's");
    assertTrue(bed.messages.emailsTo(CLAIRE).isEmpty());
    assertEquals(List.of("workflow.started", "participant.invited"), bed.callbackEvents());
    assertFalse(
        bed.service.find(SENDER, workflow.id().toString()).toString().contains(link),
        "the sender never sees a participant's link");
    assertTrue(
        bed.auditLog.events.stream()
            .noneMatch(
                e ->
                    e.details().contains(link)
                        || CodedDetails.text(e.details(), Locale.ENGLISH).contains(link)),
        "no link in the audit log");
    assertEquals("Alice", bed.links.view(link, ORIGIN).firstName());
  }

  @Test
  void eachSignatureEndsItsTurnAndOnlyTheLastOneStartsTheFinalSealing() {
    String aliceLink = bed.invite(alice);
    bed.sign(aliceLink, bed.requestCode(aliceLink, ALICE), "Alice Martin");

    assertEquals(List.of(new Turn(alice.id(), true)), bed.process.turns);
    assertEquals(WorkflowState.IN_PROGRESS, workflow.state());

    String bobLink = bed.invite(bob);
    String claireLink = bed.invite(claire);
    bed.sign(bobLink, bed.requestCode(bobLink, BOB), "Bob Durand");
    assertEquals(WorkflowState.IN_PROGRESS, workflow.state(), "Claire has not signed yet");
    bed.sign(claireLink, bed.requestCode(claireLink, CLAIRE), "Claire Petit");

    assertEquals(WorkflowState.FINALISING, workflow.state());
    assertEquals(
        List.of(new Turn(alice.id(), true), new Turn(bob.id(), true), new Turn(claire.id(), true)),
        bed.process.turns);
    assertEquals(
        4,
        bed.documentStore.latest(workflow.documents().get(0).documentId()).versionNumber(),
        "one version per signature, on top of the original");
    assertEquals(
        List.of("Alice Martin", "Bob Durand", "Claire Petit"),
        bed.signer.calls.stream().map(c -> c.options().organisationName()).toList(),
        "each signs the version the previous signature made");
    for (int i = 1; i < bed.signer.calls.size(); i++) {
      assertTrue(
          new String(bed.signer.calls.get(i).content())
              .endsWith(bed.signer.calls.get(i - 1).options().organisationName()));
    }
  }

  @Test
  void aDeclineNeedsAReasonThenEndsTheTurnAndTheWorkflowAndItsLinks() {
    String link = bed.invite(alice);

    SignLinkException noReason =
        assertThrows(SignLinkException.class, () -> bed.links.decline(link, " ", ORIGIN));
    assertEquals("invalid-signature", noReason.problemType());
    assertEquals(FailureKind.BAD_REQUEST, noReason.kind());
    assertEquals(ParticipantState.INVITED, alice.state());
    assertTrue(bed.process.turns.isEmpty());

    SigningView declined = bed.links.decline(link, "  The rent is wrong ", ORIGIN);

    assertEquals(ParticipantState.DECLINED, declined.state());
    assertEquals("The rent is wrong", alice.declineReason());
    assertEquals(List.of(new Turn(alice.id(), false)), bed.process.turns);
    // The process ends on a decline, and tells the application so.
    bed.steps.declined(workflow.id());

    WorkflowView view = bed.service.find(SENDER, workflow.id().toString());
    assertEquals(WorkflowState.DECLINED, view.state());
    assertEquals("Alice Martin declined: The rent is wrong", view.endReason());
    assertEquals(List.of(ParticipantState.WAITING, ParticipantState.WAITING), states(bob, claire));
    assertTrue(bed.messages.emailsTo(BOB).isEmpty(), "the next order is never invited");
    SignLinkException gone =
        assertThrows(SignLinkException.class, () -> bed.links.sendOtp(link, ORIGIN));
    assertEquals("link-no-longer-valid", gone.problemType());
    assertEquals(FailureKind.GONE, gone.kind());
    assertEquals(List.of("PARTICIPANT_DECLINED", "WORKFLOW_DECLINED"), lastAudit(2));
    assertTrue(
        bed.callbackEvents().containsAll(List.of("participant.declined", "workflow.declined")));

    bed.steps.declined(workflow.id());
    assertEquals(1, bed.auditLog.of("WORKFLOW_DECLINED").size(), "an ended workflow ends once");
  }

  /**
   * A reason of up to 2,000 characters is accepted (the page's text area allows as many), but the
   * workflow's end reason adds the participant's name in front, and {@code workflow.end_reason} is
   * VARCHAR(2000) (V6__workflows.sql): the decline's transaction, which ends the workflow
   * synchronously through the process, failed at the flush. The end reason is now cut to fit, and
   * says it was cut.
   */
  @Test
  void theLongestDeclineReasonStillFitsTheWorkflowsEndReason() {
    String link = bed.invite(alice);
    bed.links.decline(link, "x".repeat(2000), ORIGIN);
    bed.steps.declined(workflow.id());

    assertTrue(workflow.endReason().length() <= 2000, () -> workflow.endReason().length() + "");
    assertTrue(workflow.endReason().endsWith("x\u2026"), "a cut reason says so");
  }

  @Test
  void aCancelledWorkflowsLinksStopWorkingAndItCannotBeCancelledTwice() {
    String link = bed.invite(alice);

    WorkflowView cancelled = bed.service.cancel(SENDER, workflow.id().toString());

    assertEquals(WorkflowState.CANCELLED, cancelled.state());
    assertEquals(
        List.of(workflow.processInstanceId() + ": cancelled by alice"), bed.process.cancelled);
    SignLinkException gone =
        assertThrows(SignLinkException.class, () -> bed.links.view(link, ORIGIN));
    assertEquals("link-no-longer-valid", gone.problemType());
    assertEquals("The sender cancelled this request.", gone.getMessage());
    WorkflowException again =
        assertThrows(
            WorkflowException.class, () -> bed.service.cancel(SENDER, workflow.id().toString()));
    assertEquals("workflow-not-open", again.problemType());
    assertEquals(FailureKind.CONFLICT, again.kind());
  }

  @Test
  void aStrangerIsToldTheWorkflowDoesNotExistAndAnAdministratorSeesIt() {
    Actor stranger = Actor.user("mallory", "203.0.113.9", "browser");
    String id = workflow.id().toString();

    assertEquals(
        "workflow-not-found",
        assertThrows(WorkflowException.class, () -> bed.service.find(stranger, id)).problemType());
    assertEquals(
        "workflow-not-found",
        assertThrows(WorkflowException.class, () -> bed.service.cancel(stranger, id))
            .problemType());
    assertEquals(WorkflowState.IN_PROGRESS, workflow.state());

    bed.users.add(
        new User("root", "Admin", "hash", Set.of(Role.USER, Role.ADMIN), bed.clock.instant()));
    assertEquals(workflow.id(), bed.service.find(Actor.user("root", null, null), id).id());
  }

  @Test
  void anExpiredWorkflowEndsAndItsLinksSayItExpired() {
    String link = bed.invite(alice);

    bed.steps.expired(workflow.id());

    assertEquals(WorkflowState.EXPIRED, workflow.state());
    assertTrue(workflow.endReason().contains("expired"), workflow::endReason);
    SignLinkException gone =
        assertThrows(SignLinkException.class, () -> bed.links.view(link, ORIGIN));
    assertEquals("link-no-longer-valid", gone.problemType());
    assertEquals("This request has expired.", gone.getMessage());
    assertEquals(1, bed.auditLog.of("WORKFLOW_EXPIRED").size());
    assertTrue(bed.callbackEvents().contains("workflow.expired"));
  }

  @Test
  void aLinkPastTheExpiryDateIsRefusedEvenBeforeTheProcessEndsTheWorkflow() {
    String link = bed.invite(alice);
    bed.clock.advance(Duration.between(bed.clock.instant(), EXPIRES));

    SignLinkException gone =
        assertThrows(SignLinkException.class, () -> bed.links.sendOtp(link, ORIGIN));

    assertEquals("This request has expired.", gone.getMessage());
    assertEquals(WorkflowState.IN_PROGRESS, workflow.state());
  }

  @Test
  void aReminderSendsANewLinkAndTheOldOneSaysItWasReplacedAndWhen() {
    String first = bed.invite(alice);
    bed.clock.advance(Duration.ofDays(2));

    bed.steps.remind(alice.id());

    List<EmailMessage> mails = bed.messages.emailsTo(ALICE);
    assertEquals(2, mails.size());
    assertTrue(mails.get(1).subject().startsWith("Reminder"), mails.get(1).subject());
    String newer = bed.linkSentTo(ALICE);
    assertNotEquals(first, newer, "a reminder carries a new link");
    SignLinkException old =
        assertThrows(SignLinkException.class, () -> bed.links.view(first, ORIGIN));
    assertEquals("link-replaced", old.problemType());
    assertEquals(FailureKind.GONE, old.kind());
    assertEquals(
        "This link was replaced by a newer one, sent to you in a reminder on 2026-11-23 09:00 UTC:"
            + " use the most recent message.",
        old.getMessage());
    assertEquals("Alice", bed.links.view(newer, ORIGIN).firstName());
    assertEquals(1, bed.auditLog.of("PARTICIPANT_REMINDED").size());

    bed.service.cancel(SENDER, workflow.id().toString());
    bed.steps.remind(alice.id());
    assertEquals(2, bed.messages.emailsTo(ALICE).size(), "no reminder once the workflow ended");
  }

  @Test
  void anUnknownLinkIsNotFoundAndTellsNothing() {
    SignLinkException unknown =
        assertThrows(
            SignLinkException.class,
            () -> bed.links.view("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", ORIGIN));

    assertEquals("unknown-link", unknown.problemType());
    assertEquals(FailureKind.NOT_FOUND, unknown.kind());
  }

  @Test
  void aSealApproverFindsTheTaskAndApprovingSealsWithTheOrganisationSealAndEndsTheTurn() {
    bed.users.add(new User("bob", "Bob", "hash", Set.of(Role.USER), bed.clock.instant()));
    Workflow sealed =
        bed.create(
            new NewWorkflow(
                settings("Sealed"),
                List.of(document("lease.pdf")),
                List.of(sealApprover("bob", 1))));
    Participant task = sealed.participants().get(0);
    Actor approver = Actor.user("bob", "192.0.2.20", "browser");

    bed.steps.invite(task.id());

    assertTrue(bed.messages.sent.isEmpty(), "a portal user gets a task, not a link");
    List<SealTasks.Task> pending = bed.sealTasks.pendingFor(approver);
    assertEquals(1, pending.size());
    assertEquals(sealed.id(), pending.get(0).workflowId());
    assertEquals("lease.pdf", pending.get(0).documents().get(0).name());
    assertTrue(bed.sealTasks.pendingFor(SENDER).isEmpty(), "only for the user it names");
    WorkflowException notTheirs =
        assertThrows(
            WorkflowException.class,
            () -> bed.sealTasks.complete(SENDER, task.id().toString(), true, null));
    assertEquals("task-not-found", notTheirs.problemType());

    bed.sealTasks.complete(approver, task.id().toString(), true, null);

    assertEquals(ParticipantState.SIGNED, task.state());
    assertEquals(WorkflowState.FINALISING, sealed.state());
    assertEquals(List.of(new Turn(task.id(), true)), bed.process.turns);
    assertEquals("ACME SA", bed.signer.calls.get(0).options().organisationName());
    assertEquals("Sealed on the approval of bob", bed.signer.calls.get(0).options().reason());
    assertTrue(bed.sealTasks.pendingFor(approver).isEmpty());
  }

  @Test
  void aSealApproverWhoRefusesMustSayWhyAndEndsTheTurnAsADecline() {
    bed.users.add(new User("bob", "Bob", "hash", Set.of(Role.USER), bed.clock.instant()));
    Workflow sealed =
        bed.create(
            new NewWorkflow(
                settings("Refused"),
                List.of(document("lease.pdf")),
                List.of(sealApprover("bob", 1))));
    Participant task = sealed.participants().get(0);
    Actor approver = Actor.user("bob", "192.0.2.20", "browser");
    bed.steps.invite(task.id());

    assertEquals(
        "invalid-workflow",
        assertThrows(
                WorkflowException.class,
                () -> bed.sealTasks.complete(approver, task.id().toString(), false, " "))
            .problemType());
    bed.sealTasks.complete(approver, task.id().toString(), false, "Wrong counterpart");

    assertEquals(ParticipantState.DECLINED, task.state());
    assertEquals(List.of(new Turn(task.id(), false)), bed.process.turns);
    assertTrue(bed.signer.calls.isEmpty(), "nothing sealed");
  }

  private List<String> lastAudit(int count) {
    List<String> actions = bed.auditActions();
    return actions.subList(actions.size() - count, actions.size());
  }

  private static List<ParticipantState> states(Participant... participants) {
    return java.util.Arrays.stream(participants).map(Participant::state).toList();
  }
}
