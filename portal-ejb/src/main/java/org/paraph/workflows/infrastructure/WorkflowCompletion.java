package org.paraph.workflows.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.paraph.workflows.application.WorkflowProgress;

/**
 * Called by {@code signature-workflow} in a job of its own once every participant has signed,
 * before it ends at {@code completedEnd}. A failure here is retried by the job executor and then
 * kept as a dead-letter job; the workflow shows the failure meanwhile.
 */
@ApplicationScoped
@Named("workflowCompletion")
public class WorkflowCompletion implements JavaDelegate {

  @Inject WorkflowProgress progress;

  @Override
  public void execute(DelegateExecution execution) {
    progress.complete(UUID.fromString((String) execution.getVariable("workflowId")));
  }
}
