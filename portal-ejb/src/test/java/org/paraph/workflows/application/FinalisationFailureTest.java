package org.paraph.workflows.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paraph.workflows.application.WorkflowTestbed.CALLBACK_URL;
import static org.paraph.workflows.application.WorkflowTestbed.EXPIRES;
import static org.paraph.workflows.application.WorkflowTestbed.ORIGIN;
import static org.paraph.workflows.application.WorkflowTestbed.SENDER;
import static org.paraph.workflows.application.WorkflowTestbed.TSA_URL;
import static org.paraph.workflows.application.WorkflowTestbed.document;
import static org.paraph.workflows.application.WorkflowTestbed.settings;
import static org.paraph.workflows.application.WorkflowTestbed.signer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paraph.audit.application.CodedDetails;
import org.paraph.messaging.domain.EmailMessage;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealingFailedException;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.FailureKind;
import org.paraph.workflows.domain.Participant;
import org.paraph.workflows.domain.Workflow;
import org.paraph.workflows.domain.WorkflowException;
import org.paraph.workflows.domain.WorkflowState;

/**
 * A final sealing that fails ({@link WorkflowFinalisation#finalise}, {@link FinalisationFailures},
 * {@link WorkflowService#retryFinalisation}): the workflow shows FINALISATION_FAILED with the
 * reason to its sender, the engine's job fails so that it is retried, and a retry once the cause is
 * gone completes the workflow and clears the reason. That the failed sealing's own writes roll back
 * before the failure is recorded is the container's transactions' work: the seal fails here before
 * anything is written.
 */
class FinalisationFailureTest {

  private static final String FAY = "fay.final@example.org";

  private final WorkflowTestbed bed = new WorkflowTestbed();
  private final SealingFailedException tsaDown =
      SealingFailedException.noTimestampAuthority(List.of(TSA_URL + ": Connection refused"));
  private Workflow workflow;
  private String link;

  @BeforeEach
  void faySignedAndTheTimestampAuthorityIsDown() {
    workflow =
        bed.create(
            new NewWorkflow(
                settings("Sealed when the TSA is back", EXPIRES, CALLBACK_URL),
                List.of(document("a.pdf")),
                List.of(signer("Fay", "Final", FAY, 1))));
    Participant fay = workflow.participants().get(0);
    link = bed.invite(fay);
    bed.sign(link, bed.requestCode(link, FAY), "F F");
    assertEquals(WorkflowState.FINALISING, workflow.state());
    bed.signer.failure = tsaDown;
  }

  @Test
  void aFailingSealingLeavesTheWorkflowFailedWithTheReasonAndFailsTheJobForTheEngineToRetry() {
    RuntimeException thrown =
        assertThrows(RuntimeException.class, () -> bed.steps.complete(workflow.id()));

    assertSame(tsaDown, thrown, "the job fails with the cause, so the engine retries it");
    WorkflowView view = bed.service.find(SENDER, workflow.id().toString());
    assertEquals(WorkflowState.FINALISATION_FAILED, view.state());
    assertTrue(view.finalisationError().contains(TSA_URL), view::finalisationError);
    assertEquals(tsaDown.getMessage(), view.finalisationError());
    assertEquals(
        tsaDown.getMessage() + " (retried)",
        CodedDetails.text(
            bed.auditLog.of("WORKFLOW_FINALISATION_FAILED").get(0).details(), Locale.ENGLISH));
    assertTrue(bed.callbackEvents().contains("workflow.finalisation_failed"));
    WorkflowException noTrail =
        assertThrows(
            WorkflowException.class,
            () -> bed.service.auditTrail(SENDER, workflow.id().toString()));
    assertEquals("audit-trail-not-ready", noTrail.problemType());
    assertEquals(2, bed.messages.emailsTo(FAY).size(), "the invitation and the code, no result");
    assertEquals(
        WorkflowState.FINALISATION_FAILED,
        bed.links.view(link, ORIGIN).workflowState(),
        "the signer may still look at what she signed");
  }

  @Test
  void aRetryOnceTheCauseIsGoneCompletesTheWorkflowAndClearsTheReason() {
    assertThrows(RuntimeException.class, () -> bed.steps.complete(workflow.id()));
    bed.signer.failure = null;

    WorkflowView retried = bed.service.retryFinalisation(SENDER, workflow.id().toString());

    assertEquals(List.of(workflow.processInstanceId()), bed.process.retried);
    assertEquals(WorkflowState.FINALISATION_FAILED, retried.state(), "until the job runs");
    assertEquals(
        "1 job(s) set to run again after: " + tsaDown.getMessage(),
        CodedDetails.text(
            bed.auditLog.of("WORKFLOW_FINALISATION_RETRIED").get(0).details(), Locale.ENGLISH));

    // The engine runs the job again.
    bed.steps.complete(workflow.id());

    WorkflowView completed = bed.service.find(SENDER, workflow.id().toString());
    assertEquals(WorkflowState.COMPLETED, completed.state());
    assertNull(completed.finalisationError(), "the failure is cleared once sealed");
    assertEquals(1, bed.auditLog.of("WORKFLOW_SEALED").size(), "one document sealed");
    assertTrue(bed.auditActions().contains("WORKFLOW_COMPLETED"));
    assertTrue(bed.callbackEvents().contains("workflow.completed"));
    WorkflowTestbed.MarkingSigner.Call seal = bed.signer.calls.get(bed.signer.calls.size() - 1);
    assertEquals(SealLevel.B_LTA, seal.options().level());
    assertEquals(List.of(TSA_URL), seal.tsaUrls(), "with the seal's own timestamp authorities");
    StoredFile trail = bed.service.auditTrail(SENDER, workflow.id().toString());
    assertEquals("audit-trail-" + workflow.id() + ".pdf", trail.name());

    EmailMessage result = bed.messages.emailsTo(FAY).get(2);
    assertTrue(result.subject().startsWith("Completed"), result.subject());
    String download = bed.linkSentTo(FAY);
    UUID documentId = workflow.documents().get(0).id();
    assertArrayEquals(
        bed.service.document(SENDER, workflow.id().toString(), documentId.toString()).content(),
        bed.links.document(download, documentId.toString()).content(),
        "the participant downloads the sealed result with the new link");
  }

  @Test
  void onlyAFailedFinalisationIsRetriedAndOnlyByWhoMaySeeTheWorkflow() {
    WorkflowException notFailed =
        assertThrows(
            WorkflowException.class,
            () -> bed.service.retryFinalisation(SENDER, workflow.id().toString()));
    assertEquals("workflow-not-open", notFailed.problemType());
    assertEquals(FailureKind.CONFLICT, notFailed.kind());

    assertThrows(RuntimeException.class, () -> bed.steps.complete(workflow.id()));
    WorkflowException stranger =
        assertThrows(
            WorkflowException.class,
            () ->
                bed.service.retryFinalisation(
                    Actor.user("mallory", "203.0.113.9", "script"), workflow.id().toString()));
    assertEquals("workflow-not-found", stranger.problemType());
    assertTrue(bed.process.retried.isEmpty());
  }

  @Test
  void withoutAnOrganisationSealTheFailureSaysSo() {
    bed.signer.failure = null;
    bed.organisationDefault = Optional.empty();

    assertThrows(RuntimeException.class, () -> bed.steps.complete(workflow.id()));

    assertEquals(WorkflowState.FINALISATION_FAILED, workflow.state());
    assertEquals("No organisation seal is set up", workflow.finalisationError());
  }

  @Test
  void aLongReasonIsCutToFitWhereItIsKept() {
    bed.signer.failure = SealingFailedException.failed("x".repeat(2000), null);

    assertThrows(RuntimeException.class, () -> bed.steps.complete(workflow.id()));

    assertEquals(WorkflowState.FINALISATION_FAILED, workflow.state());
    assertEquals(1900, workflow.finalisationError().length());
    assertTrue(workflow.finalisationError().startsWith("The document could not be sealed: xxx"));
  }
}
