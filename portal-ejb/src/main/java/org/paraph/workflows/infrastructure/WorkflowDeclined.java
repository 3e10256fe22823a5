package org.paraph.workflows.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/**
 * Called by {@code signature-workflow} when a participant declines, before it ends at {@code
 * declinedEnd}. The workflow feature fills this in (record the decline, tell the sender and the
 * other participants); until then it only logs, and nothing starts the process.
 */
@ApplicationScoped
@Named("workflowDeclined")
public class WorkflowDeclined implements JavaDelegate {

  private static final Logger LOG = Logger.getLogger(WorkflowDeclined.class.getName());

  @Override
  public void execute(DelegateExecution execution) {
    LOG.info(
        () ->
            "Workflow "
                + execution.getVariable("workflowId")
                + " declined, process instance "
                + execution.getProcessInstanceId());
  }
}
