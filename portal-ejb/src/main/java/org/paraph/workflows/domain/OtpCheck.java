package org.paraph.workflows.domain;

/** The verdict on a one-time password. */
public enum OtpCheck {
  ACCEPTED,
  WRONG,
  /** None was sent, or it is older than its validity. */
  EXPIRED,
  /** Too many wrong tries: the link is locked. */
  LOCKED
}
