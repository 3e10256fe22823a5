package org.paraph.documents.domain;

import java.util.List;
import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;

/** An uploaded file the portal cannot seal because of its content. */
public final class InvalidDocumentException extends PortalException {

  private InvalidDocumentException(String problemType, String message, Throwable cause) {
    super(FailureKind.UNPROCESSABLE, problemType, message, cause);
  }

  public static InvalidDocumentException empty() {
    return new InvalidDocumentException(
        "empty-document",
        "The uploaded file is empty: choose a PDF file and upload it again.",
        null);
  }

  public static InvalidDocumentException notAPdf() {
    return new InvalidDocumentException(
        "not-a-pdf",
        "The uploaded file is not a PDF (no %PDF- header at its start): export or print the"
            + " document to PDF and upload that file.",
        null);
  }

  public static InvalidDocumentException encrypted() {
    return encrypted(null);
  }

  /**
   * @param cause the parser's refusal to open the file without a password, if any
   */
  public static InvalidDocumentException encrypted(Throwable cause) {
    return new InvalidDocumentException(
        "encrypted-pdf",
        "The PDF is encrypted or password-protected, so it cannot be sealed: save a copy without"
            + " protection (or ask its author for one) and upload that.",
        cause);
  }

  /** The PDF was certified by its author with no further signatures allowed. */
  public static InvalidDocumentException sealingForbidden(String detail) {
    return new InvalidDocumentException(
        "sealing-forbidden",
        "The PDF does not allow new signatures ("
            + detail
            + "): ask its author for a version without this restriction.",
        null);
  }

  /**
   * The file claims to be a PDF but cannot be read.
   *
   * @param detail what went wrong, in words a user can pass on to whoever produced the file
   */
  public static InvalidDocumentException unreadable(String detail, Throwable cause) {
    return new InvalidDocumentException(
        "unreadable-pdf",
        "The PDF is damaged or malformed and cannot be read ("
            + detail
            + "). Open it in a PDF viewer, save or print it to a new PDF, and upload that.",
        cause);
  }

  /** The problem type of {@link #earlierSignatureInvalid}. */
  public static final String EARLIER_SIGNATURE_INVALID = "earlier-signature-invalid";

  /**
   * A signature already in the PDF no longer matches it (the file was changed after it was made),
   * and a long-term seal, which vouches for the signatures before it, cannot be added over it.
   *
   * @param broken the broken signatures, each described so that a person can find it (field,
   *     signer, date); empty when they could not be told apart
   */
  public static InvalidDocumentException earlierSignatureInvalid(List<String> broken) {
    return new InvalidDocumentException(
        EARLIER_SIGNATURE_INVALID,
        (broken.isEmpty()
                ? "A signature already in the PDF is broken"
                : "A signature already in the PDF is broken: " + String.join("; ", broken))
            + ". The document was changed after that signature was made, so a long-term seal"
            + " (B-LT, B-LTA), which vouches for the signatures before it, cannot be added. Seal"
            + " an intact copy of the document, or choose level B-T.",
        null);
  }
}
