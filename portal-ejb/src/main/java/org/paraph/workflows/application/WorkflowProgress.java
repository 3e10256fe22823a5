package org.paraph.workflows.application;

import java.util.UUID;

/**
 * What the signature process asks of the application as it moves: the BPMN decides who acts when,
 * and these steps do the work, in the engine's transaction.
 */
public interface WorkflowProgress {

  /** A participant's turn has come. */
  void invite(UUID participantId);

  /** A participant has not acted within the reminder interval. */
  void remind(UUID participantId);

  /** The expiry date passed before everyone acted. */
  void expired(UUID workflowId);

  /** A participant declined; the process ended. */
  void declined(UUID workflowId);

  /** Everyone acted: seal the documents and the audit trail. */
  void complete(UUID workflowId);
}
