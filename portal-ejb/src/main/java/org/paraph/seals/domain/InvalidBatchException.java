package org.paraph.seals.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;

/** A batch that cannot be taken as it is: no document, too many, too large in all. */
public final class InvalidBatchException extends PortalException {

  private InvalidBatchException(FailureKind kind, String problemType, String message) {
    super(kind, problemType, message);
  }

  public static InvalidBatchException empty() {
    return new InvalidBatchException(
        FailureKind.BAD_REQUEST,
        "missing-file",
        "The batch has no document: send one 'file' part per PDF to seal");
  }

  public static InvalidBatchException tooManyFiles(int max) {
    return new InvalidBatchException(
        FailureKind.BAD_REQUEST,
        "too-many-files",
        "A batch holds at most " + max + " documents: split it into several batches");
  }

  public static InvalidBatchException tooLarge(int maxMegabytes) {
    return new InvalidBatchException(
        FailureKind.TOO_LARGE,
        "batch-too-large",
        "The documents of a batch may weigh at most "
            + maxMegabytes
            + " MB together: split it into several batches");
  }

  /** Sending a batch's failed documents again, when none failed. */
  public static InvalidBatchException nothingToResend() {
    return new InvalidBatchException(
        FailureKind.CONFLICT, "nothing-to-retry", "No document of this batch has failed");
  }
}
