package org.paraph.verification.domain;

/** The outcome of validating one signature or timestamp (ETSI EN 319 102-1, section 5.1.3). */
public enum Indication {
  /** Every check passed: the signature is valid as of the validation time. */
  TOTAL_PASSED,
  /** Some check could not be concluded (e.g. the chain ends in no trusted certificate). */
  INDETERMINATE,
  /** The signature is proven invalid, e.g. the signed bytes were changed. */
  TOTAL_FAILED
}
