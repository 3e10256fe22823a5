package org.paraph.workflows.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.flowable.engine.delegate.TaskListener;
import org.flowable.task.service.delegate.DelegateTask;

/**
 * Called by {@code signature-workflow} when a participant's task is created, in the same
 * transaction, to invite that participant. The workflow feature fills this in (issue the
 * participant link, send it by e-mail or SMS through the outbox); until then it only logs, and
 * nothing starts the process.
 */
@ApplicationScoped
@Named("participantInvitation")
public class ParticipantInvitation implements TaskListener {

  private static final Logger LOG = Logger.getLogger(ParticipantInvitation.class.getName());

  @Override
  public void notify(DelegateTask task) {
    LOG.info(
        () ->
            "Invite participant "
                + task.getVariable("participantId")
                + " (task "
                + task.getId()
                + ") of process instance "
                + task.getProcessInstanceId());
  }
}
