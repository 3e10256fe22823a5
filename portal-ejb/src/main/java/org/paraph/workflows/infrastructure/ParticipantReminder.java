package org.paraph.workflows.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/**
 * Called by {@code signature-workflow} each reminder interval while a participant's task is open.
 * The workflow feature fills this in (re-issue the link and send it again); until then it only
 * logs, and nothing starts the process.
 */
@ApplicationScoped
@Named("participantReminder")
public class ParticipantReminder implements JavaDelegate {

  private static final Logger LOG = Logger.getLogger(ParticipantReminder.class.getName());

  @Override
  public void execute(DelegateExecution execution) {
    LOG.info(
        () ->
            "Remind participant "
                + execution.getVariable("participantId")
                + " of process instance "
                + execution.getProcessInstanceId());
  }
}
