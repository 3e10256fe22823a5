package org.paraph.seals.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;

/** Seal names identify seals in requests: two seals cannot share one. */
public class SealNameTakenException extends PortalException {

  public SealNameTakenException(String name) {
    super(FailureKind.CONFLICT, "seal-name-taken", "A seal named '" + name + "' exists already");
  }
}
