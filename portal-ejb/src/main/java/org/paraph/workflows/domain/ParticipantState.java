package org.paraph.workflows.domain;

/** Where one participant stands. */
public enum ParticipantState {
  /** A lower order has not finished yet. */
  WAITING,
  /** The participant has been sent a link (or, for a seal, the task) and may act. */
  INVITED,
  /** Too many wrong one-time passwords: the link no longer works; the sender was told. */
  LOCKED,
  /** Signed every document (or, for a seal, approved and the seal was applied). */
  SIGNED,
  /** Refused, with a reason; the workflow ended as declined. */
  DECLINED
}
