package org.paraph.seals.domain;

import java.util.List;
import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;

/**
 * Sealing could not complete for a reason outside the document: the timestamp authority or the key
 * failed. Trying again later may succeed.
 */
public final class SealingFailedException extends PortalException {

  private SealingFailedException(String problemType, String message, Throwable cause) {
    super(FailureKind.UNAVAILABLE, problemType, message, cause);
  }

  /** The timestamp authority did not answer, or answered with an error or an unusable token. */
  public static SealingFailedException timestampUnavailable(String detail, Throwable cause) {
    return new SealingFailedException(
        "timestamp-unavailable",
        "The timestamp authority could not timestamp the seal ("
            + detail
            + "). Try again later, or choose level B-B.",
        cause);
  }

  /**
   * None of the seal's timestamp authorities gave a usable token.
   *
   * @param failures for each authority tried, in order, its URL and what went wrong
   */
  public static SealingFailedException noTimestampAuthority(List<String> failures) {
    return new SealingFailedException(
        "timestamp-unavailable",
        "No timestamp authority could timestamp the seal. Tried, in order: "
            + String.join("; ", failures)
            + ". Try again later, choose level B-B, or let the seal fall back to B-B in its"
            + " settings.",
        null);
  }

  /**
   * The revocation data (CRL) a long-term seal must carry could not be obtained for a certificate
   * of the chain.
   */
  public static SealingFailedException revocationUnavailable(String detail) {
    return new SealingFailedException(
        "revocation-unavailable",
        "The revocation status of the sealing certificates could not be obtained ("
            + detail
            + "), so a long-term seal cannot be made. Try again later, or choose level B-T.",
        null);
  }

  /** Any other failure while producing the seal. */
  public static SealingFailedException failed(String detail, Throwable cause) {
    return new SealingFailedException(
        "sealing-failed", "The document could not be sealed: " + detail, cause);
  }
}
