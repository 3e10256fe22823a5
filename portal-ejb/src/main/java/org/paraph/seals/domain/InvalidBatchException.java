package org.paraph.seals.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;

/** A batch that cannot be taken as it is: no document, too many, too large in all. */
public final class InvalidBatchException extends PortalException {

  private InvalidBatchException(FailureKind kind, String problemType, ProblemText text) {
    super(kind, problemType, text);
  }

  public static InvalidBatchException empty() {
    return new InvalidBatchException(
        FailureKind.BAD_REQUEST, "missing-file", ProblemText.of("problem.missing-file"));
  }

  public static InvalidBatchException tooManyFiles(int max) {
    return new InvalidBatchException(
        FailureKind.BAD_REQUEST, "too-many-files", ProblemText.of("problem.too-many-files", max));
  }

  public static InvalidBatchException tooLarge(int maxMegabytes) {
    return new InvalidBatchException(
        FailureKind.TOO_LARGE,
        "batch-too-large",
        ProblemText.of("problem.batch-too-large", maxMegabytes));
  }

  /** Sending a batch's failed documents again, when none failed. */
  public static InvalidBatchException nothingToResend() {
    return new InvalidBatchException(
        FailureKind.CONFLICT, "nothing-to-retry", ProblemText.of("problem.nothing-to-retry"));
  }
}
