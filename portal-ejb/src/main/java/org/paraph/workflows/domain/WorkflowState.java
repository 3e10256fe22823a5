package org.paraph.workflows.domain;

/** Where a workflow stands, from the sender's point of view. */
public enum WorkflowState {
  /** Participants are acting. */
  IN_PROGRESS,
  /** Everyone has acted; the documents and the audit trail are being sealed. */
  FINALISING,
  /** The final sealing failed; it is retried, and administrators see the reason. */
  FINALISATION_FAILED,
  /** Everyone has acted and the documents and the audit trail are sealed. */
  COMPLETED,
  /** A participant declined. */
  DECLINED,
  /** The sender cancelled it. */
  CANCELLED,
  /** The expiry date passed before everyone acted. */
  EXPIRED;

  /** Whether participants can still act. */
  public boolean open() {
    return this == IN_PROGRESS;
  }
}
