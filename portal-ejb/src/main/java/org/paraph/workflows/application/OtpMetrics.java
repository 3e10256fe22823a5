package org.paraph.workflows.application;

import org.paraph.workflows.domain.OtpCheck;

/** Where each one-time password checked is counted, for the operator's metrics. */
public interface OtpMetrics {

  /** A code was checked: accepted, wrong, expired, or the wrong one that locked the link. */
  void checked(OtpCheck check);
}
