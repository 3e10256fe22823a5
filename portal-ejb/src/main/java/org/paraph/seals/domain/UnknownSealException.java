package org.paraph.seals.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;

/** The request names a seal that does not exist, or no organisation seal is set up. */
public class UnknownSealException extends PortalException {

  public UnknownSealException(String reference) {
    super(
        FailureKind.UNPROCESSABLE,
        "unknown-seal",
        ProblemText.of("problem.unknown-seal", reference));
  }

  /**
   * The seal a request acts on (rather than seals with) does not exist, or is no longer in service:
   * the thing addressed is missing, 404.
   */
  public static UnknownSealException notFound(String reference) {
    return new UnknownSealException(
        FailureKind.NOT_FOUND, ProblemText.of("problem.unknown-seal.not-in-service", reference));
  }

  public static UnknownSealException noOrganisationSeal() {
    return new UnknownSealException(
        FailureKind.UNPROCESSABLE, ProblemText.of("problem.unknown-seal.no-organisation-seal"));
  }

  private UnknownSealException(FailureKind kind, ProblemText text) {
    super(kind, "unknown-seal", text);
  }
}
