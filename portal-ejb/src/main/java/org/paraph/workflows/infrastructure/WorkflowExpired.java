package org.paraph.workflows.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/**
 * Called by {@code signature-workflow} when {@code expiresAt} passes before every participant
 * acted, before it ends at {@code expiredEnd}. The workflow feature fills this in (mark the
 * workflow expired and tell the sender); until then it only logs, and nothing starts the process.
 */
@ApplicationScoped
@Named("workflowExpired")
public class WorkflowExpired implements JavaDelegate {

  private static final Logger LOG = Logger.getLogger(WorkflowExpired.class.getName());

  @Override
  public void execute(DelegateExecution execution) {
    LOG.info(
        () ->
            "Workflow "
                + execution.getVariable("workflowId")
                + " expired, process instance "
                + execution.getProcessInstanceId());
  }
}
