package org.paraph.workflows.domain;

import java.util.UUID;

/**
 * A workflow's signature process as the use cases drive it: the process decides who acts when (and
 * invites, reminds, expires and finalises through the application's steps); the use cases start it,
 * end a participant's turn, cancel it, and run a failed final sealing again. Every call runs in the
 * caller's transaction.
 */
public interface SignatureProcess {

  /**
   * Starts the workflow's process; the first order's participants are invited before this returns.
   *
   * @return the process instance's id
   */
  String start(Workflow workflow);

  /** Ends a participant's turn with {@code signed} or {@code declined}. */
  void completeTurn(String processInstanceId, UUID participantId, boolean signed);

  /**
   * Runs the final sealing again now, whether it gave up after the engine's retries or waits for
   * its next retry.
   *
   * @return how many jobs were set to run
   */
  int retryCompletion(String processInstanceId);

  void cancel(String processInstanceId, String reason);
}
