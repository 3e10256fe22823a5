package org.paraph.seals.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;

/** The request names a seal that does not exist, or no organisation seal is set up. */
public class UnknownSealException extends PortalException {

  public UnknownSealException(String reference) {
    super(
        FailureKind.UNPROCESSABLE,
        "unknown-seal",
        "There is no seal named or numbered '" + reference + "'");
  }

  /**
   * The seal a request acts on (rather than seals with) does not exist, or is no longer in service:
   * the thing addressed is missing, 404.
   */
  public static UnknownSealException notFound(String reference) {
    return new UnknownSealException(
        FailureKind.NOT_FOUND, "There is no seal in service named or numbered '" + reference + "'");
  }

  public static UnknownSealException noOrganisationSeal() {
    return new UnknownSealException(FailureKind.UNPROCESSABLE, "No organisation seal is set up");
  }

  private UnknownSealException(FailureKind kind, String message) {
    super(kind, "unknown-seal", message);
  }
}
