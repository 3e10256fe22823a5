package org.paraph.workflows.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.flowable.engine.delegate.TaskListener;
import org.flowable.task.service.delegate.DelegateTask;
import org.paraph.workflows.application.WorkflowProgress;

/**
 * Called by {@code signature-workflow} when a participant's task is created, in the same
 * transaction, to invite that participant.
 */
@ApplicationScoped
@Named("participantInvitation")
public class ParticipantInvitation implements TaskListener {

  @Inject WorkflowProgress progress;

  @Override
  public void notify(DelegateTask task) {
    progress.invite(UUID.fromString((String) task.getVariable("participantId")));
  }
}
