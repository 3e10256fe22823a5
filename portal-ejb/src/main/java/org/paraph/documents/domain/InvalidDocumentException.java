package org.paraph.documents.domain;

import java.util.List;
import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;

/** An uploaded file the portal cannot seal because of its content. */
public final class InvalidDocumentException extends PortalException {

  private InvalidDocumentException(String problemType, ProblemText text, Throwable cause) {
    super(FailureKind.UNPROCESSABLE, problemType, text, cause);
  }

  public static InvalidDocumentException empty() {
    return new InvalidDocumentException(
        "empty-document", ProblemText.of("problem.empty-document"), null);
  }

  public static InvalidDocumentException notAPdf() {
    return new InvalidDocumentException("not-a-pdf", ProblemText.of("problem.not-a-pdf"), null);
  }

  public static InvalidDocumentException encrypted() {
    return encrypted(null);
  }

  /**
   * @param cause the parser's refusal to open the file without a password, if any
   */
  public static InvalidDocumentException encrypted(Throwable cause) {
    return new InvalidDocumentException(
        "encrypted-pdf", ProblemText.of("problem.encrypted-pdf"), cause);
  }

  /** The PDF was certified by its author with no further signatures allowed. */
  public static InvalidDocumentException sealingForbidden(String detail) {
    return new InvalidDocumentException(
        "sealing-forbidden", ProblemText.of("problem.sealing-forbidden", detail), null);
  }

  /**
   * The file claims to be a PDF but cannot be read.
   *
   * @param detail what went wrong, in words a user can pass on to whoever produced the file (the
   *     parser's, in English)
   */
  public static InvalidDocumentException unreadable(String detail, Throwable cause) {
    return new InvalidDocumentException(
        "unreadable-pdf", ProblemText.of("problem.unreadable-pdf", detail), cause);
  }

  /**
   * The file claims to be a PDF but cannot be read, for a reason the portal itself finds.
   *
   * @param reason what went wrong, in the reader's language
   */
  public static InvalidDocumentException unreadable(ProblemText reason, Throwable cause) {
    return new InvalidDocumentException(
        "unreadable-pdf", ProblemText.of("problem.unreadable-pdf", reason), cause);
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
        broken.isEmpty()
            ? ProblemText.of("problem.earlier-signature-invalid")
            : ProblemText.of("problem.earlier-signature-invalid.listed", String.join("; ", broken)),
        null);
  }
}
