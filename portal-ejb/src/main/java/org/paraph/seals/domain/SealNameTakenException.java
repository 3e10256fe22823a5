package org.paraph.seals.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;

/** Seal names identify seals in requests: two seals cannot share one. */
public class SealNameTakenException extends PortalException {

  public SealNameTakenException(String name) {
    super(FailureKind.CONFLICT, "seal-name-taken", ProblemText.of("problem.seal-name-taken", name));
  }
}
