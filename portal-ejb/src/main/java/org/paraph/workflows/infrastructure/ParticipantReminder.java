package org.paraph.workflows.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;
import org.paraph.workflows.application.WorkflowProgress;

/**
 * Called by {@code signature-workflow} each reminder interval while a participant's task is open.
 */
@ApplicationScoped
@Named("participantReminder")
public class ParticipantReminder implements JavaDelegate {

  @Inject WorkflowProgress progress;

  @Override
  public void execute(DelegateExecution execution) {
    progress.remind(UUID.fromString((String) execution.getVariable("participantId")));
  }
}
