package org.paraph.api;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;

/** A request the API cannot take as it is: a missing, unknown or malformed part or parameter. */
public final class InvalidRequestException extends PortalException {

  public InvalidRequestException(String problemType, String message) {
    super(FailureKind.BAD_REQUEST, problemType, message);
  }
}
