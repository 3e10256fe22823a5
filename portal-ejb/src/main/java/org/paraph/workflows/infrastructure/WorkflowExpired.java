package org.paraph.workflows.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.paraph.workflows.application.WorkflowProgress;

/**
 * Called by {@code signature-workflow} when {@code expiresAt} passes before every participant
 * acted, before it ends at {@code expiredEnd}.
 */
@ApplicationScoped
@Named("workflowExpired")
public class WorkflowExpired implements JavaDelegate {

  @Inject WorkflowProgress progress;

  @Override
  public void execute(DelegateExecution execution) {
    progress.expired(UUID.fromString((String) execution.getVariable("workflowId")));
  }
}
