package org.paraph.workflows.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.paraph.seals.application.SealKeys;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealRepository;
import org.paraph.seals.domain.SigningCredential;
import org.paraph.seals.domain.UnknownSealException;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.ProblemText;
import org.paraph.shared.i18n.PortalTexts;
import org.paraph.workflows.domain.Participant;
import org.paraph.workflows.domain.ParticipantAction;
import org.paraph.workflows.domain.ParticipantState;
import org.paraph.workflows.domain.Workflow;
import org.paraph.workflows.domain.WorkflowDocument;
import org.paraph.workflows.domain.WorkflowException;
import org.paraph.workflows.domain.WorkflowRepository;

/**
 * The workflow tasks of portal users: approving (or refusing) the organisation seal on a workflow's
 * documents. The seal is applied in the approver's name: the audit log and the signature reason say
 * who approved it.
 */
@ApplicationScoped
public class SealTasks {

  @Inject WorkflowRepository workflows;
  @Inject WorkflowDocuments documents;
  @Inject ParticipantSignatures signatures;
  @Inject SealRepository seals;
  @Inject SealKeys sealKeys;
  @Inject WorkflowSteps steps;
  @Inject WorkflowAudit audit;
  @Inject Callbacks callbacks;
  @Inject Clock clock;
  @Inject ReaderLocales locales;

  /** A pending task: the participant's id is the task's id. */
  public record Task(
      UUID id,
      UUID workflowId,
      String workflowName,
      String sender,
      String action,
      List<TaskDocument> documents) {}

  /** A document of a task, named as the sender uploaded it, so the approver knows what to read. */
  public record TaskDocument(String id, String name) {}

  @Transactional
  public List<Task> pendingFor(Actor user) {
    return workflows.pendingTasksOf(user.name()).stream().map(this::taskOf).toList();
  }

  /** A document of a pending task, as it is now, for the approver to read before approving. */
  @Transactional
  public StoredFile document(Actor user, String taskId, String documentId) {
    Participant task = pendingTask(user, taskId);
    WorkflowDocument document =
        Uuids.parse(documentId)
            .flatMap(task.workflow()::document)
            .orElseThrow(() -> WorkflowException.documentNotFound(documentId));
    return new StoredFile(
        documents.name(document.documentId()), documents.current(document.documentId()).content());
  }

  @Transactional
  public void complete(Actor user, String taskId, boolean approve, String reason) {
    Participant task = pendingTask(user, taskId);
    Workflow workflow =
        workflows
            .findForUpdate(task.workflow().id())
            .orElseThrow(() -> WorkflowException.taskNotFound(taskId));
    if (!workflow.state().open()) {
      throw WorkflowException.notOpen(workflow.state());
    }
    if (!approve) {
      if (reason == null || reason.isBlank()) {
        throw WorkflowException.invalid(
            ProblemText.of("problem.invalid-workflow.no-refusal-reason"));
      }
      task.declined(reason.strip(), clock.instant(), user.clientIp(), user.userAgent());
      audit.sealRefused(user, task, reason);
      callbacks.stateChanged(workflow, task, "participant.declined");
      steps.turnEnded(workflow, task, false);
      return;
    }
    Seal seal = seals.organisationDefault().orElseThrow(UnknownSealException::noOrganisationSeal);
    SigningCredential key = sealKeys.keyOf(seal);
    // The seal's reason, read by whoever opens the document, in the language of the workflow's end.
    PortalTexts texts = PortalTexts.of(locales.ofSender(workflow));
    List<ParticipantSignatures.Signed> sealed =
        signatures.sign(
            workflow,
            task,
            key,
            seal.organisationName(),
            texts.text("workflow.approved.reason", user.name()),
            seal.test(),
            SealLevel.B_T,
            null);
    task.signed(clock.instant(), user.clientIp(), user.userAgent(), key.signingCertificate());
    audit.sealApproved(user, task, seal, sealed);
    callbacks.stateChanged(workflow, task, "participant.signed");
    steps.turnEnded(workflow, task, true);
  }

  private Participant pendingTask(Actor user, String taskId) {
    return Uuids.parse(taskId)
        .flatMap(workflows::participant)
        .filter(p -> p.action() == ParticipantAction.SEAL)
        .filter(p -> user.name().equals(p.portalUser()))
        .filter(p -> p.state() == ParticipantState.INVITED)
        .orElseThrow(() -> WorkflowException.taskNotFound(taskId));
  }

  private Task taskOf(Participant participant) {
    Workflow workflow = participant.workflow();
    return new Task(
        participant.id(),
        workflow.id(),
        workflow.name(),
        workflow.senderName(),
        participant.action().name(),
        workflow.documents().stream()
            .map(d -> new TaskDocument(d.id().toString(), documents.name(d.documentId())))
            .toList());
  }
}
