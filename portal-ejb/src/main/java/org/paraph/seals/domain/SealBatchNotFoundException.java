package org.paraph.seals.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;

/**
 * No batch has this id, or it belongs to someone else: both look the same, so that batch ids of
 * others cannot be probed.
 */
public final class SealBatchNotFoundException extends PortalException {

  public SealBatchNotFoundException(String id) {
    super(FailureKind.NOT_FOUND, "batch-not-found", ProblemText.of("problem.batch-not-found", id));
  }
}
