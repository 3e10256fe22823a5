package org.paraph.seals.domain;

import java.util.List;
import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;

/**
 * Sealing could not complete for a reason outside the document: the timestamp authority or the key
 * failed. Trying again later may succeed.
 */
public final class SealingFailedException extends PortalException {

  private SealingFailedException(String problemType, ProblemText text, Throwable cause) {
    super(FailureKind.UNAVAILABLE, problemType, text, cause);
  }

  /** The timestamp authority did not answer, or answered with an error or an unusable token. */
  public static SealingFailedException timestampUnavailable(String detail, Throwable cause) {
    return new SealingFailedException(
        "timestamp-unavailable", ProblemText.of("problem.timestamp-unavailable", detail), cause);
  }

  /**
   * None of the seal's timestamp authorities gave a usable token.
   *
   * @param failures for each authority tried, in order, its URL and what went wrong
   */
  public static SealingFailedException noTimestampAuthority(List<String> failures) {
    return new SealingFailedException(
        "timestamp-unavailable",
        ProblemText.of("problem.timestamp-unavailable.all", String.join("; ", failures)),
        null);
  }

  /**
   * The revocation data (CRL) a long-term seal must carry could not be obtained for a certificate
   * of the chain.
   */
  public static SealingFailedException revocationUnavailable(String detail) {
    return new SealingFailedException(
        "revocation-unavailable", ProblemText.of("problem.revocation-unavailable", detail), null);
  }

  /** Any other failure while producing the seal. */
  public static SealingFailedException failed(String detail, Throwable cause) {
    return new SealingFailedException(
        "sealing-failed", ProblemText.of("problem.sealing-failed", detail), cause);
  }
}
