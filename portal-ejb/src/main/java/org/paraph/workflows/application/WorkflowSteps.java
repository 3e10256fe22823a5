package org.paraph.workflows.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.paraph.workflows.domain.Participant;
import org.paraph.workflows.domain.SignatureProcess;
import org.paraph.workflows.domain.Workflow;
import org.paraph.workflows.domain.WorkflowRepository;
import org.paraph.workflows.domain.WorkflowState;

/** What the signature process's steps do, in the engine's transaction. */
@ApplicationScoped
public class WorkflowSteps implements WorkflowProgress {

  @Inject WorkflowRepository workflows;
  @Inject Invitations invitations;
  @Inject WorkflowFinalisation finalisation;
  @Inject SignatureProcess processes;
  @Inject WorkflowAudit audit;
  @Inject Callbacks callbacks;
  @Inject Clock clock;

  @Override
  public void invite(UUID participantId) {
    invitations.invite(participantId);
  }

  @Override
  public void remind(UUID participantId) {
    invitations.remind(participantId);
  }

  @Override
  @Transactional
  public void expired(UUID workflowId) {
    Workflow workflow = workflow(workflowId);
    if (workflow.state().open()) {
      workflow.end(WorkflowState.EXPIRED, "expired at " + workflow.expiresAt(), clock.instant());
      audit.expired(workflow);
      callbacks.stateChanged(workflow, null, "workflow.expired");
    }
  }

  @Override
  @Transactional
  public void declined(UUID workflowId) {
    Workflow workflow = workflow(workflowId);
    if (workflow.state().open()) {
      Optional<Participant> decliner =
          workflow.participants().stream().filter(p -> p.declineReason() != null).findFirst();
      String reason =
          decliner
              .map(p -> p.fullName() + " declined: " + p.declineReason())
              .orElse("a participant declined");
      workflow.end(WorkflowState.DECLINED, reason, clock.instant());
      audit.declined(workflow, decliner);
      callbacks.stateChanged(workflow, null, "workflow.declined");
    }
  }

  @Override
  public void complete(UUID workflowId) {
    finalisation.finalise(workflowId);
  }

  /**
   * A participant has signed or declined: the process moves on, which may invite the next order or,
   * after the last signature, start the final sealing.
   */
  void turnEnded(Workflow workflow, Participant participant, boolean signed) {
    if (signed && workflow.everyoneActed()) {
      workflow.allActed();
    }
    processes.completeTurn(workflow.processInstanceId(), participant.id(), signed);
  }

  private Workflow workflow(UUID id) {
    return workflows
        .findForUpdate(id)
        .orElseThrow(() -> new IllegalStateException("No workflow " + id));
  }
}
