package org.paraph.workflows.domain;

/** What a participant does to the documents. */
public enum ParticipantAction {
  /** A simple electronic signature confirmed by a one-time password. */
  SIGN,
  /** A qualified signature made at a remote trust service (CSC API). */
  QUALIFIED_SIGN,
  /** A portal user allowed to use the organisation seal approves, and the seal is applied. */
  SEAL;

  /** Whether this participant is reached through a link rather than as a portal user. */
  public boolean throughLink() {
    return this != SEAL;
  }
}
