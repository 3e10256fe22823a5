package org.paraph.seals.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;

/**
 * The remote trust service holding a seal's key (reached over the CSC API) cannot be reached, or
 * failed. Nothing is wrong with the document: trying again once the service answers succeeds. A
 * service that refuses the portal's own credentials is an {@link InvalidCredentialException}.
 */
public final class RemoteCredentialException extends PortalException {

  public RemoteCredentialException(ProblemText text, Throwable cause) {
    super(FailureKind.UNAVAILABLE, "remote-credential-unavailable", text, cause);
  }
}
