package org.paraph.workflows.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/**
 * Called by {@code signature-workflow} in a job of its own once every participant has signed,
 * before it ends at {@code completedEnd}. A failure here is retried by the job executor and then
 * kept as a dead-letter job. The workflow feature fills this in (seal the documents and the audit
 * trail, tell the sender); until then it only logs, and nothing starts the process.
 */
@ApplicationScoped
@Named("workflowCompletion")
public class WorkflowCompletion implements JavaDelegate {

  private static final Logger LOG = Logger.getLogger(WorkflowCompletion.class.getName());

  @Override
  public void execute(DelegateExecution execution) {
    LOG.info(
        () ->
            "Workflow "
                + execution.getVariable("workflowId")
                + " completed, process instance "
                + execution.getProcessInstanceId());
  }
}
