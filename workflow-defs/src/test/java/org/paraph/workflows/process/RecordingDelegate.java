package org.paraph.workflows.process;

import java.util.ArrayList;
import java.util.List;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.JavaDelegate;

/**
 * Stands in for one of the application's service-task beans: records each call (by the participant
 * id in scope, or the workflow id) and can be told to fail, as a sealing service that is down
 * would.
 */
final class RecordingDelegate implements JavaDelegate {

  private final List<String> calls = new ArrayList<>();
  private RuntimeException failure;

  @Override
  public void execute(DelegateExecution execution) {
    Object participantId = execution.getVariable("participantId");
    calls.add(
        participantId != null
            ? (String) participantId
            : (String) execution.getVariable("workflowId"));
    if (failure != null) {
      throw failure;
    }
  }

  void failWith(RuntimeException failure) {
    this.failure = failure;
  }

  void succeed() {
    this.failure = null;
  }

  /** One entry per call, including failed ones. */
  List<String> calls() {
    return List.copyOf(calls);
  }
}
