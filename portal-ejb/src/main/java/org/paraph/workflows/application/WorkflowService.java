package org.paraph.workflows.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.paraph.audit.domain.AuditEvent;
import org.paraph.documents.domain.DocumentFetcher;
import org.paraph.documents.domain.DocumentTooLargeException;
import org.paraph.documents.domain.DocumentVersion;
import org.paraph.documents.domain.InvalidDocumentException;
import org.paraph.documents.domain.PdfReader;
import org.paraph.documents.domain.PdfSummary;
import org.paraph.identity.domain.Role;
import org.paraph.identity.domain.User;
import org.paraph.identity.domain.UserRepository;
import org.paraph.seals.domain.Placement;
import org.paraph.shared.application.PortalConfig;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.ActorKind;
import org.paraph.shared.domain.OutboundPolicy;
import org.paraph.shared.domain.ProblemText;
import org.paraph.workflows.domain.AuthenticationChannel;
import org.paraph.workflows.domain.Participant;
import org.paraph.workflows.domain.ParticipantAction;
import org.paraph.workflows.domain.ParticipantDetails;
import org.paraph.workflows.domain.SignatureBox;
import org.paraph.workflows.domain.SignatureProcess;
import org.paraph.workflows.domain.Workflow;
import org.paraph.workflows.domain.WorkflowDocument;
import org.paraph.workflows.domain.WorkflowException;
import org.paraph.workflows.domain.WorkflowRepository;
import org.paraph.workflows.domain.WorkflowState;

/**
 * The sender's use cases: start a workflow, follow it, fetch its documents and audit trail, cancel
 * it. A workflow is checked as a whole before anything is stored, so a refused one leaves nothing.
 */
@ApplicationScoped
public class WorkflowService {

  static final int MAX_DOCUMENTS = 20;
  static final int MAX_PARTICIPANTS = 50;

  @Inject WorkflowRepository workflows;
  @Inject WorkflowDocuments documents;
  @Inject SignatureProcess processes;
  @Inject UserRepository users;
  @Inject DocumentFetcher fetcher;
  @Inject Callbacks callbacks;
  @Inject QualifiedTrustService qualifiedTrustService;

  @Inject OutboundPolicy outboundPolicy;

  @Inject WorkflowAudit audit;
  @Inject PortalConfig config;
  @Inject Clock clock;
  @Inject PdfReader pdfs;

  @Transactional
  public WorkflowView create(Actor sender, NewWorkflow request) {
    Instant now = clock.instant();
    requireValid(request, now);
    Workflow workflow = new Workflow(request.settings(), sender.name(), now);
    List<PdfSummary> summaries = new ArrayList<>();
    for (NewWorkflow.NewDocument document : request.documents()) {
      byte[] content =
          document.url() == null || document.url().isBlank()
              ? document.content()
              : fetcher.fetch(document.url());
      summaries.add(inspect(content));
      DocumentVersion version =
          documents.store(fileName(document.name()), content, sender.name(), now);
      workflow.addDocument(version.documentId(), version.sha256());
    }
    for (ParticipantDetails details : request.participants()) {
      requireBoxesFit(details, summaries);
      workflow.addParticipant(details);
    }
    String callbackSecret = workflow.callbackUrl() == null ? null : callbacks.newSecret(workflow);
    workflows.add(workflow);
    audit.created(sender, workflow);
    workflow.started(processes.start(workflow), clock.instant());
    audit.sent(sender, workflow);
    callbacks.stateChanged(workflow, null, "workflow.started");
    return view(workflow, callbackSecret);
  }

  @Transactional
  public WorkflowView find(Actor caller, String id) {
    return view(visibleTo(caller, id));
  }

  /** The caller's own workflows, the most recent first. */
  @Transactional
  public List<WorkflowView> sentBy(Actor caller, int maxResults) {
    return workflows.sentBy(caller.name(), maxResults).stream().map(this::view).toList();
  }

  /** Every workflow, for administrators. */
  @Transactional
  public List<WorkflowView> latest(int maxResults) {
    return workflows.latest(maxResults).stream().map(this::view).toList();
  }

  @Transactional
  public WorkflowView cancel(Actor caller, String id) {
    Workflow workflow = visibleTo(caller, id);
    workflows.findForUpdate(workflow.id());
    workflow.end(WorkflowState.CANCELLED, "cancelled by " + caller.name(), clock.instant());
    processes.cancel(workflow.processInstanceId(), "cancelled by " + caller.name());
    audit.cancelled(caller, workflow);
    callbacks.stateChanged(workflow, null, "workflow.cancelled");
    return view(workflow);
  }

  /**
   * Runs a failed final sealing again at once (the engine also retries it by itself a few times),
   * for instance once the timestamp authority is back.
   */
  @Transactional
  public WorkflowView retryFinalisation(Actor caller, String id) {
    Workflow workflow = visibleTo(caller, id);
    if (workflow.state() != WorkflowState.FINALISATION_FAILED) {
      throw WorkflowException.notOpen(workflow.state());
    }
    int jobs = processes.retryCompletion(workflow.processInstanceId());
    audit.finalisationRetried(caller, workflow, jobs);
    return view(workflow);
  }

  /** A document as it is now: signed so far, sealed at the end. */
  @Transactional
  public StoredFile document(Actor caller, String id, String documentId) {
    Workflow workflow = visibleTo(caller, id);
    WorkflowDocument document =
        Uuids.parse(documentId)
            .flatMap(workflow::document)
            .orElseThrow(() -> WorkflowException.documentNotFound(documentId));
    DocumentVersion current = documents.current(document.documentId());
    return new StoredFile(documents.name(document.documentId()), current.content());
  }

  /** The sealed audit trail PDF, once the workflow is completed. */
  @Transactional
  public StoredFile auditTrail(Actor caller, String id) {
    Workflow workflow = visibleTo(caller, id);
    UUID trail =
        workflow
            .auditTrailDocumentId()
            .orElseThrow(() -> WorkflowException.auditTrailNotReady(workflow.state()));
    return new StoredFile(documents.name(trail), documents.current(trail).content());
  }

  /** The workflow's audit events, oldest first, at any time. */
  @Transactional
  public List<AuditEvent> auditEvents(Actor caller, String id) {
    return audit.events(visibleTo(caller, id));
  }

  WorkflowView view(Workflow workflow) {
    return view(workflow, null);
  }

  private WorkflowView view(Workflow workflow, String callbackSecret) {
    List<WorkflowView.DocumentView> documentViews =
        workflow.documents().stream()
            .map(
                d -> {
                  DocumentVersion current = documents.current(d.documentId());
                  return new WorkflowView.DocumentView(
                      d.id(),
                      documents.name(d.documentId()),
                      current.versionNumber(),
                      d.originalSha256(),
                      current.sha256());
                })
            .toList();
    List<WorkflowView.ParticipantView> participantViews =
        workflow.participants().stream().map(WorkflowService::viewOf).toList();
    return new WorkflowView(
        workflow.id(),
        workflow.name(),
        workflow.senderName(),
        workflow.state(),
        workflow.createdAt(),
        workflow.sentAt(),
        workflow.expiresAt(),
        workflow.endedAt(),
        workflow.endReason(),
        workflow.finalisationError(),
        documentViews,
        participantViews,
        callbackSecret);
  }

  private static WorkflowView.ParticipantView viewOf(Participant p) {
    return new WorkflowView.ParticipantView(
        p.id(),
        p.firstName(),
        p.surname(),
        p.email(),
        p.mobile(),
        p.order(),
        p.action(),
        p.portalUser(),
        p.state(),
        p.invitedAt(),
        p.openedAt(),
        p.actedAt(),
        p.declineReason());
  }

  private Workflow visibleTo(Actor caller, String id) {
    Workflow workflow =
        Uuids.parse(id).flatMap(workflows::find).orElseThrow(() -> WorkflowException.notFound(id));
    boolean admin =
        caller.kind() == ActorKind.SYSTEM
            || users
                .findByUsername(caller.name())
                .map(user -> user.roles().contains(Role.ADMIN))
                .orElse(false);
    if (!admin && !workflow.senderName().equals(caller.name())) {
      // Not 403: whether a workflow exists is none of a stranger's business.
      throw WorkflowException.notFound(id);
    }
    return workflow;
  }

  private void requireValid(NewWorkflow request, Instant now) {
    if (request.settings().name().isBlank()) {
      throw WorkflowException.invalid(ProblemText.of("problem.invalid-workflow.no-name"));
    }
    if (!request.settings().expiresAt().isAfter(now)) {
      // As the API writes an instant (ISO 8601), which the client sent.
      throw WorkflowException.invalid(
          ProblemText.of(
              "problem.invalid-workflow.expiry-past", request.settings().expiresAt().toString()));
    }
    String callbackUrl = request.settings().callbackUrl();
    if (callbackUrl != null) {
      outboundPolicy
          .refusal(callbackUrl)
          .ifPresent(
              why -> {
                throw WorkflowException.invalid(
                    ProblemText.of("problem.invalid-workflow.callback-url", why));
              });
    }
    if (request.documents().isEmpty() || request.documents().size() > MAX_DOCUMENTS) {
      throw WorkflowException.invalid(
          ProblemText.of(
              "problem.invalid-workflow.document-count",
              MAX_DOCUMENTS,
              request.documents().size()));
    }
    if (request.participants().isEmpty() || request.participants().size() > MAX_PARTICIPANTS) {
      throw WorkflowException.invalid(
          ProblemText.of(
              "problem.invalid-workflow.participant-count",
              MAX_PARTICIPANTS,
              request.participants().size()));
    }
    int number = 1;
    for (ParticipantDetails p : request.participants()) {
      requireValid(p, number++);
    }
    requireNoOverlap(request.participants());
  }

  /**
   * Two signature boxes on the same page must not overlap: a signature's widget may not cover
   * another's, and the later signature would be refused at signing time, with the workflow stuck.
   */
  private static void requireNoOverlap(List<ParticipantDetails> participants) {
    List<SignatureBox> seen = new ArrayList<>();
    List<String> owners = new ArrayList<>();
    for (ParticipantDetails p : participants) {
      for (SignatureBox box : p.boxes()) {
        for (int i = 0; i < seen.size(); i++) {
          SignatureBox other = seen.get(i);
          if (box.overlaps(other)) {
            throw WorkflowException.invalid(
                ProblemText.of(
                    "problem.invalid-workflow.boxes-overlap",
                    owners.get(i),
                    p.firstName() + " " + p.surname(),
                    box.page(),
                    box.documentPosition() + 1));
          }
        }
        seen.add(box);
        owners.add(p.firstName() + " " + p.surname());
      }
    }
  }

  private void requireValid(ParticipantDetails p, int number) {
    if (blank(p.firstName()) || blank(p.surname())) {
      throw WorkflowException.invalid(
          ProblemText.of("problem.invalid-workflow.participant-name", number));
    }
    if (p.order() < 1) {
      throw WorkflowException.invalid(
          ProblemText.of("problem.invalid-workflow.participant-order", number, p.order()));
    }
    switch (p.action()) {
      case SIGN, QUALIFIED_SIGN -> {
        if (p.action() == ParticipantAction.QUALIFIED_SIGN && !qualifiedTrustService.configured()) {
          throw WorkflowException.invalid(
              ProblemText.of("problem.invalid-workflow.qualified-unavailable", number));
        }
        // A qualified signer is confirmed by the trust service, but the link still reaches them
        // by their channel.
        boolean signs = p.action() == ParticipantAction.SIGN;
        if (p.authentication() == AuthenticationChannel.EMAIL && !looksLikeEmail(p.email())) {
          throw WorkflowException.invalid(
              signs
                  ? ProblemText.of("problem.invalid-workflow.signer-email", number)
                  : ProblemText.of("problem.invalid-workflow.invitee-email", number));
        }
        if (p.authentication() == AuthenticationChannel.SMS && !looksLikeMobile(p.mobile())) {
          throw WorkflowException.invalid(
              signs
                  ? ProblemText.of("problem.invalid-workflow.signer-mobile", number)
                  : ProblemText.of("problem.invalid-workflow.invitee-mobile", number));
        }
      }
      case SEAL -> {
        // A disabled user could never log in to approve: the workflow would wait for nothing.
        if (blank(p.portalUser())
            || users.findByUsername(p.portalUser()).filter(User::enabled).isEmpty()) {
          throw WorkflowException.invalid(
              ProblemText.of("problem.invalid-workflow.seal-user", number));
        }
      }
    }
    if (p.action() != ParticipantAction.SEAL && !blank(p.email()) && !looksLikeEmail(p.email())) {
      throw WorkflowException.invalid(
          ProblemText.of("problem.invalid-workflow.email", number, p.email()));
    }
  }

  private PdfSummary inspect(byte[] content) {
    if (content == null || content.length == 0) {
      throw InvalidDocumentException.empty();
    }
    if (content.length > config.maxUploadBytes()) {
      throw new DocumentTooLargeException(config.maxUploadMegabytes());
    }
    return pdfs.inspect(content);
  }

  private static void requireBoxesFit(ParticipantDetails details, List<PdfSummary> summaries) {
    for (SignatureBox box : details.boxes()) {
      if (box.documentPosition() < 0 || box.documentPosition() >= summaries.size()) {
        continue; // Workflow.addParticipant names the wrong document.
      }
      new Placement(box.page(), box.x(), box.y(), box.width(), box.height())
          .requireFitsOn(summaries.get(box.documentPosition()));
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static boolean looksLikeEmail(String value) {
    return value != null && value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  }

  private static boolean looksLikeMobile(String value) {
    return value != null && value.matches("\\+[1-9][0-9]{6,14}");
  }

  private static String fileName(String name) {
    if (name == null || name.isBlank()) {
      return "document.pdf";
    }
    return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  }
}
