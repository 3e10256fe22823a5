package org.paraph.seals.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;

/** A sealing credential (e.g. an uploaded PKCS#12 file) cannot be opened or used. */
public final class InvalidCredentialException extends PortalException {

  public InvalidCredentialException(String message) {
    super(FailureKind.UNPROCESSABLE, "invalid-credential", message);
  }

  public InvalidCredentialException(String message, Throwable cause) {
    super(FailureKind.UNPROCESSABLE, "invalid-credential", message, cause);
  }
}
