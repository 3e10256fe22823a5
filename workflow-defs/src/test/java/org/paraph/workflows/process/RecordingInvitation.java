package org.paraph.workflows.process;

import java.util.ArrayList;
import java.util.List;
import org.flowable.engine.delegate.TaskListener;
import org.flowable.task.service.delegate.DelegateTask;

/** Stands in for the application's {@code participantInvitation}: records who was invited. */
final class RecordingInvitation implements TaskListener {

  private final List<String> invited = new ArrayList<>();

  @Override
  public void notify(DelegateTask task) {
    // What the application relies on: the participant id and the task it may act on.
    if (!task.getAssignee().equals(task.getVariable("participantId"))) {
      throw new IllegalStateException("assignee and participantId differ on task " + task.getId());
    }
    invited.add(task.getAssignee());
  }

  /** Participant ids in the order they were invited. */
  List<String> invited() {
    return List.copyOf(invited);
  }
}
