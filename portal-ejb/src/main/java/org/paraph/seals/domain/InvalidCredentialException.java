package org.paraph.seals.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;

/** A sealing credential (e.g. an uploaded PKCS#12 file) cannot be opened or used. */
public final class InvalidCredentialException extends PortalException {

  public InvalidCredentialException(ProblemText text) {
    super(FailureKind.UNPROCESSABLE, "invalid-credential", text);
  }

  public InvalidCredentialException(ProblemText text, Throwable cause) {
    super(FailureKind.UNPROCESSABLE, "invalid-credential", text, cause);
  }
}
