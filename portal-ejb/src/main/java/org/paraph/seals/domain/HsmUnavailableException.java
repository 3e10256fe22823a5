package org.paraph.seals.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;

/**
 * The hardware security module holding a sealing key cannot be reached or keeps failing, even after
 * reconnecting. Nothing is wrong with the document: trying again once the HSM answers succeeds.
 */
public final class HsmUnavailableException extends PortalException {

  public HsmUnavailableException(ProblemText text, Throwable cause) {
    super(FailureKind.UNAVAILABLE, "hsm-unavailable", text, cause);
  }
}
