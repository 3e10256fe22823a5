package org.paraph.verification.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;

/** A file the verifier cannot check at all, as opposed to a signature that does not verify. */
public final class UnverifiableDocumentException extends PortalException {

  private UnverifiableDocumentException(String problemType, ProblemText text, Throwable cause) {
    super(FailureKind.UNPROCESSABLE, problemType, text, cause);
  }

  public static UnverifiableDocumentException empty() {
    return new UnverifiableDocumentException(
        "empty-document", ProblemText.of("problem.verify.empty"), null);
  }

  public static UnverifiableDocumentException notSigned(Throwable cause) {
    return new UnverifiableDocumentException(
        "not-a-pdf", ProblemText.of("problem.verify.not-signed"), cause);
  }

  /** A detached CMS signature came without the file it signs. */
  public static UnverifiableDocumentException detachedContentRequired() {
    return new UnverifiableDocumentException(
        "detached-content-required",
        ProblemText.of("problem.verify.detached-content-required"),
        null);
  }

  /** The PDF is encrypted and no password, or a wrong one, came with it. */
  public static UnverifiableDocumentException encrypted(Throwable cause) {
    return new UnverifiableDocumentException(
        "encrypted-pdf", ProblemText.of("problem.verify.encrypted"), cause);
  }

  /**
   * The file looks like a PDF or a CMS signature but cannot be read.
   *
   * @param detail what went wrong, in words a user can pass on to whoever produced the file
   */
  public static UnverifiableDocumentException unreadable(String detail, Throwable cause) {
    return new UnverifiableDocumentException(
        "unreadable-document", ProblemText.of("problem.verify.unreadable", detail), cause);
  }

  /**
   * The ETSI report was asked for a document whose signature DSS passes but the portal does not: it
   * was made with the certificate of a seal retired for a compromised key, and nothing proves it
   * older than the retirement. DSS's own report cannot carry that rule, so it is not given.
   */
  public static UnverifiableDocumentException etsiReportWouldTrustACompromisedSeal(
      String sealName) {
    return new UnverifiableDocumentException(
        "compromised-seal-etsi-report",
        ProblemText.of("problem.verify.compromised-seal-etsi-report", sealName),
        null);
  }
}
