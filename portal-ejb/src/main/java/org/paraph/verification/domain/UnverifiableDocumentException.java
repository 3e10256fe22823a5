package org.paraph.verification.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;

/** A file the verifier cannot check at all, as opposed to a signature that does not verify. */
public final class UnverifiableDocumentException extends PortalException {

  private UnverifiableDocumentException(String problemType, String message, Throwable cause) {
    super(FailureKind.UNPROCESSABLE, problemType, message, cause);
  }

  public static UnverifiableDocumentException empty() {
    return new UnverifiableDocumentException(
        "empty-document", "The uploaded file is empty: choose the signed file again.", null);
  }

  public static UnverifiableDocumentException notSigned(Throwable cause) {
    return new UnverifiableDocumentException(
        "not-a-pdf",
        "The file is neither a PDF nor a CMS signature (.p7s), so there is nothing to verify in"
            + " it: upload the signed PDF, or the .p7s file with its original.",
        cause);
  }

  /** A detached CMS signature came without the file it signs. */
  public static UnverifiableDocumentException detachedContentRequired() {
    return new UnverifiableDocumentException(
        "detached-content-required",
        "The .p7s file is a detached signature: it does not contain the document it signs. Upload"
            + " the original document with it (the 'detached' part, or 'Original document' on the"
            + " page).",
        null);
  }

  /** The PDF is encrypted and no password, or a wrong one, came with it. */
  public static UnverifiableDocumentException encrypted(Throwable cause) {
    return new UnverifiableDocumentException(
        "encrypted-pdf",
        "The PDF is password-protected: give its password (the 'password' part) to verify it.",
        cause);
  }

  /**
   * The file looks like a PDF or a CMS signature but cannot be read.
   *
   * @param detail what went wrong, in words a user can pass on to whoever produced the file
   */
  public static UnverifiableDocumentException unreadable(String detail, Throwable cause) {
    return new UnverifiableDocumentException(
        "unreadable-document",
        "The file is damaged or malformed and cannot be read (" + detail + ").",
        cause);
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
        "A signature of this document was made with the certificate of the seal '"
            + sealName
            + "', retired because its key was compromised, and nothing proves it was made before"
            + " then. The ETSI report cannot say so: ask for the JSON report (Accept:"
            + " application/json) or the PDF report, which do.",
        null);
  }
}
