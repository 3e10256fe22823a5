package org.paraph.documents.domain;

import java.util.Optional;
import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;

/**
 * A PDF whose content would cost far more to read than its size suggests: a compressed stream that
 * inflates past the limit (a decompression bomb), an image of absurd dimensions, a page that takes
 * too long to draw. Refused as a problem of the document (422 {@code pdf-too-complex}), before it
 * can exhaust the server's memory.
 */
public final class PdfTooComplexException extends PortalException {

  private PdfTooComplexException(String detail) {
    super(FailureKind.UNPROCESSABLE, "pdf-too-complex", detail);
  }

  /** A stream, or the streams of a document together, decompress to more than the limit. */
  public static PdfTooComplexException decodedTooLarge(long limitBytes) {
    return new PdfTooComplexException(
        "The PDF is too complex to process: its compressed content expands to more than "
            + megabytes(limitBytes)
            + " MB, which the portal does not accept. Print or export it again to a new PDF (or"
            + " ask its author to), and upload that.");
  }

  /** An image whose declared size would take more memory to draw than the limit allows. */
  public static PdfTooComplexException imageTooLarge(long width, long height, long limitPixels) {
    return new PdfTooComplexException(
        "The PDF is too complex to process: it holds an image of "
            + width
            + " x "
            + height
            + " pixels, more than the "
            + limitPixels / 1_000_000
            + " million pixels the portal accepts. Reduce the image's resolution, or print the"
            + " document to a new PDF, and upload that.");
  }

  /** A page whose drawing did not finish in time. */
  public static PdfTooComplexException tooSlowToDraw(int page, long seconds) {
    return new PdfTooComplexException(
        "The PDF is too complex to preview: page "
            + page
            + " could not be drawn within "
            + seconds
            + " seconds. Print or export it again to a new PDF, and upload that.");
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
