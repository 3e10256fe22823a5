package org.paraph.workflows.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.paraph.workflows.domain.WorkflowRepository;

/**
 * Records that a workflow's final sealing failed, in a transaction of its own: the sealing's own
 * transaction rolls back, and the failure must still show.
 */
@ApplicationScoped
public class FinalisationFailures {

  @Inject WorkflowRepository workflows;
  @Inject WorkflowAudit audit;
  @Inject Callbacks callbacks;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(UUID workflowId, RuntimeException failure) {
    String reason = String.valueOf(failure.getMessage());
    String shortReason = reason.length() > 1900 ? reason.substring(0, 1900) : reason;
    workflows
        .find(workflowId)
        .ifPresent(
            workflow -> {
              workflow.finalisationFailed(shortReason);
              audit.finalisationFailed(workflow, shortReason);
              callbacks.stateChanged(workflow, null, "workflow.finalisation_failed");
            });
  }
}
