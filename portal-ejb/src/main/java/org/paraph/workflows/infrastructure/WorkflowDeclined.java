package org.paraph.workflows.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.paraph.workflows.application.WorkflowProgress;

/** Called by {@code signature-workflow} when a participant declined, before {@code declinedEnd}. */
@ApplicationScoped
@Named("workflowDeclined")
public class WorkflowDeclined implements JavaDelegate {

  @Inject WorkflowProgress progress;

  @Override
  public void execute(DelegateExecution execution) {
    progress.declined(UUID.fromString((String) execution.getVariable("workflowId")));
  }
}
