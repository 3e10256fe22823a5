package org.paraph.documents.domain;

import java.util.Optional;
import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;

/**
 * A PDF whose content would cost far more to read than its size suggests: a compressed stream that
 * inflates past the limit (a decompression bomb), an image of absurd dimensions, a page that takes
 * too long to draw. Refused as a problem of the document (422 {@code pdf-too-complex}), before it
 * can exhaust the server's memory.
 */
public final class PdfTooComplexException extends PortalException {

  private PdfTooComplexException(ProblemText text) {
    super(FailureKind.UNPROCESSABLE, "pdf-too-complex", text);
  }

  /** A stream, or the streams of a document together, decompress to more than the limit. */
  public static PdfTooComplexException decodedTooLarge(long limitBytes) {
    return new PdfTooComplexException(
        ProblemText.of("problem.pdf-too-complex.decoded", megabytes(limitBytes)));
  }

  /** An image whose declared size would take more memory to draw than the limit allows. */
  public static PdfTooComplexException imageTooLarge(long width, long height, long limitPixels) {
    return new PdfTooComplexException(
        ProblemText.of("problem.pdf-too-complex.image", width, height, limitPixels / 1_000_000));
  }

  /** A page whose drawing did not finish in time. */
  public static PdfTooComplexException tooSlowToDraw(int page, long seconds) {
    return new PdfTooComplexException(
        ProblemText.of("problem.pdf-too-complex.drawing", page, seconds));
  }

  /**
   * The refusal somewhere in the causes of {@code failure}: libraries (DSS, PDFBox) wrap what a
   * bounded decoder throws inside them.
   */
  public static Optional<PdfTooComplexException> foundIn(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof PdfTooComplexException tooComplex) {
        return Optional.of(tooComplex);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return Optional.empty();
  }

  private static long megabytes(long bytes) {
    return Math.max(1, bytes / (1024 * 1024));
  }
}
