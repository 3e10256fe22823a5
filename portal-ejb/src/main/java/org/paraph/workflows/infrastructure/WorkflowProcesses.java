package org.paraph.workflows.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.job.api.Job;
import org.flowable.task.api.Task;
import org.paraph.workflows.domain.SignatureProcess;
import org.paraph.workflows.domain.Workflow;

/**
 * The signature process as the application drives it: start one per workflow, complete a
 * participant's task with its outcome, cancel. Everything runs in the caller's transaction.
 */
@ApplicationScoped
public class WorkflowProcesses implements SignatureProcess {

  static final String PROCESS_KEY = "signature-workflow";

  @Inject WorkflowEngine engine;

  /** Starts the process; the first order's participants are invited before this returns. */
  @Override
  public String start(Workflow workflow) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("workflowId", workflow.id().toString());
    variables.put("participantGroups", workflow.participantGroups());
    variables.put("expiresAt", Date.from(workflow.expiresAt()));
    if (workflow.reminderInterval() != null) {
      variables.put("reminderInterval", workflow.reminderInterval().toString());
    }
    return engine
        .runtimeService()
        .startProcessInstanceByKey(PROCESS_KEY, workflow.id().toString(), variables)
        .getId();
  }

  /** Ends a participant's turn with {@code signed} or {@code declined}. */
  @Override
  public void completeTurn(String processInstanceId, UUID participantId, boolean signed) {
    Task task =
        engine
            .taskService()
            .createTaskQuery()
            .processInstanceId(processInstanceId)
            .taskAssignee(participantId.toString())
            .singleResult();
    if (task == null) {
      throw new IllegalStateException(
          "Participant " + participantId + " has no open task in process " + processInstanceId);
    }
    engine.taskService().complete(task.getId(), Map.of("outcome", signed ? "signed" : "declined"));
  }

  /**
   * Runs the final sealing again now: its job, whether it gave up after the engine's retries (a
   * dead letter) or waits for its next retry. Returns how many jobs were set to run.
   */
  @Override
  public int retryCompletion(String processInstanceId) {
    int moved = 0;
    for (Job dead :
        engine
            .managementService()
            .createDeadLetterJobQuery()
            .processInstanceId(processInstanceId)
            .list()) {
      engine.managementService().moveDeadLetterJobToExecutableJob(dead.getId(), 3);
      moved++;
    }
    for (Job waiting :
        engine
            .managementService()
            .createTimerJobQuery()
            .processInstanceId(processInstanceId)
            .list()) {
      if (waiting.getExceptionMessage() != null) {
        engine.managementService().moveTimerToExecutableJob(waiting.getId());
        moved++;
      }
    }
    return moved;
  }

  /** Stops the process for good: no more invitations, reminders or expiry. */
  @Override
  public void cancel(String processInstanceId, String reason) {
    try {
      engine.runtimeService().deleteProcessInstance(processInstanceId, reason);
    } catch (FlowableException e) {
      // Already ended between the state check and now: nothing left to stop.
      if (engine
              .runtimeService()
              .createProcessInstanceQuery()
              .processInstanceId(processInstanceId)
              .count()
          > 0) {
        throw e;
      }
    }
  }
}
