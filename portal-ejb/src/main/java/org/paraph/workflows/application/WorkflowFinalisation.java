package org.paraph.workflows.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.paraph.audit.domain.AuditEvent;
import org.paraph.documents.domain.DocumentVersion;
import org.paraph.seals.application.SealAttempt;
import org.paraph.seals.application.SealKeys;
import org.paraph.seals.application.SealMetrics;
import org.paraph.seals.domain.DocumentSigner;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealFormat;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.SealRepository;
import org.paraph.seals.domain.SealUse;
import org.paraph.seals.domain.SigningCredential;
import org.paraph.seals.domain.UnknownSealException;
import org.paraph.shared.i18n.PortalTexts;
import org.paraph.workflows.domain.AuditTrail;
import org.paraph.workflows.domain.Participant;
import org.paraph.workflows.domain.TrailRenderer;
import org.paraph.workflows.domain.Workflow;
import org.paraph.workflows.domain.WorkflowDocument;
import org.paraph.workflows.domain.WorkflowRepository;
import org.paraph.workflows.domain.WorkflowState;

/**
 * The end of a completed workflow: every document sealed with the organisation seal at B-LTA, the
 * audit trail drawn as a PDF and sealed too, and the participants sent a link to the result. It
 * runs in the process's asynchronous job: when it fails, the job is retried and the workflow shows
 * the failure to its sender and administrators until a retry succeeds.
 */
@ApplicationScoped
public class WorkflowFinalisation {

  private static final Logger LOG = Logger.getLogger(WorkflowFinalisation.class.getName());

  @Inject WorkflowRepository workflows;
  @Inject WorkflowDocuments documents;
  @Inject SealRepository seals;
  @Inject SealKeys sealKeys;
  @Inject DocumentSigner signer;
  @Inject Invitations invitations;
  @Inject WorkflowAudit audit;
  @Inject FinalisationFailures failures;
  @Inject Callbacks callbacks;
  @Inject TrailRenderer trailRenderer;
  @Inject Clock clock;
  @Inject ReaderLocales locales;
  @Inject SealMetrics metrics;

  // Through the container, so that sealEverything() gets its own transaction.
  @Inject WorkflowFinalisation self;

  /**
   * Seals everything in a transaction of its own, so that a failure is recorded after that
   * transaction has rolled back and released the workflow's lock; then fails the job, so the engine
   * retries it. Done again after success, it changes nothing.
   */
  public void finalise(UUID workflowId) {
    try {
      self.sealEverything(workflowId);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The final sealing of workflow " + workflowId + " failed", e);
      failures.record(workflowId, e);
      throw e;
    }
  }

  /** For {@link #finalise} only; public so that the container can start its transaction. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void sealEverything(UUID workflowId) {
    Workflow workflow =
        workflows
            .findForUpdate(workflowId)
            .orElseThrow(() -> new IllegalStateException("No workflow " + workflowId));
    if (workflow.state() == WorkflowState.COMPLETED) {
      return;
    }
    Seal seal = seals.organisationDefault().orElseThrow(UnknownSealException::noOrganisationSeal);
    SigningCredential key = sealKeys.keyOf(seal);
    // The organisation seal's own timestamp authorities (sealCounted): a failure there is what a
    // retry fixes.
    Instant now = clock.instant();
    // The trail and the seal's reason in the sender's language: nobody asks for them, it is the
    // end.
    PortalTexts texts = PortalTexts.of(locales.ofSender(workflow));
    SealOptions options =
        SealOptions.invisible(SealLevel.B_LTA, seal.organisationName(), now)
            .withReasonAndLocation(texts.text("workflow.completed.reason", workflow.name()), null);
    if (seal.test()) {
      options = options.asTest();
    }
    List<AuditTrail.DocumentRecord> records = new ArrayList<>();
    for (WorkflowDocument document : workflow.documents()) {
      DocumentVersion current = documents.current(document.documentId());
      DocumentVersion sealed =
          documents.append(
              current, sealCounted(seal, current.content(), key, options), "system", now);
      String name = documents.name(document.documentId());
      records.add(new AuditTrail.DocumentRecord(name, document.originalSha256(), sealed.sha256()));
      audit.documentSealed(workflow, name, seal, current.sha256(), sealed.sha256());
    }
    audit.completed(workflow);

    AuditTrail trail = trailOf(workflow, records, now, texts);
    byte[] pdf = trailRenderer.render(trail);
    DocumentVersion trailVersion =
        documents.store("audit-trail-" + workflow.id() + ".pdf", pdf, "system", now);
    DocumentVersion sealedTrail =
        documents.append(trailVersion, sealCounted(seal, pdf, key, options), "system", now);
    workflow.completed(sealedTrail.documentId(), now);
    callbacks.stateChanged(workflow, null, "workflow.completed");
    for (Participant participant : workflow.participants()) {
      if (participant.action().throughLink()) {
        invitations.sendResult(participant);
      }
    }
  }

  /** Seals one PDF of the workflow's end, counted as a use of the seal by a workflow. */
  private byte[] sealCounted(Seal seal, byte[] pdf, SigningCredential key, SealOptions options) {
    SealAttempt attempt = new SealAttempt(metrics, SealUse.WORKFLOW, options.level());
    attempt.using(seal);
    try {
      byte[] sealed = signer.seal(SealFormat.PADES, pdf, key, options, seal.policy().tsaUrls());
      attempt.sealed(options.level(), false);
      return sealed;
    } catch (RuntimeException e) {
      throw attempt.failed(e);
    }
  }

  private AuditTrail trailOf(
      Workflow workflow,
      List<AuditTrail.DocumentRecord> documentRecords,
      Instant now,
      PortalTexts texts) {
    List<AuditTrail.ParticipantRecord> participants =
        workflow.participants().stream()
            .map(
                p ->
                    new AuditTrail.ParticipantRecord(
                        p.fullName(),
                        p.email(),
                        p.mobile(),
                        ParticipantWords.action(p, texts),
                        ParticipantWords.authentication(p, texts),
                        p.portalUser(),
                        ParticipantWords.state(p, texts),
                        p.invitedAt(),
                        p.otpSentAt(),
                        p.otpVerifiedAt(),
                        p.actedAt(),
                        p.clientIp(),
                        p.userAgent()))
            .toList();
    List<AuditTrail.EventRecord> events = new ArrayList<>();
    for (AuditEvent event : audit.events(workflow)) {
      events.add(
          new AuditTrail.EventRecord(
              event.sequenceNumber(),
              event.occurredAt(),
              event.actorName(),
              event.action(),
              event.details(),
              event.clientIp(),
              event.hash()));
    }
    return new AuditTrail(
        workflow.id().toString(),
        workflow.name(),
        workflow.senderName(),
        workflow.createdAt(),
        workflow.sentAt(),
        workflow.expiresAt(),
        now,
        participants,
        documentRecords,
        events,
        texts.locale());
  }
}
