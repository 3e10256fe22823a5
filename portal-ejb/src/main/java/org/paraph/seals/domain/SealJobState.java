package org.paraph.seals.domain;

/** Where a seal job stands. PENDING and RUNNING are still to finish; DONE and FAILED are final. */
public enum SealJobState {
  /** Waiting for a worker, possibly until a retry time. */
  PENDING,
  /** Claimed by a node, which holds it until its lease runs out. */
  RUNNING,
  /** Sealed: the job names its seal record. */
  DONE,
  /** Not sealed: the job keeps the reason. It can be sent again. */
  FAILED;

  public boolean finished() {
    return this == DONE || this == FAILED;
  }
}
