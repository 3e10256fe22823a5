package org.paraph.documents.infrastructure;

import eu.europa.esig.dss.pdf.PdfMemoryUsageSetting;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The one way the portal opens a PDF with PDFBox, and the memory setting it hands to DSS: every
 * stream measured first ({@link PdfStreamGuard}), PDFBox's own decoding bounded ({@link
 * BoundedPdfFilters}), and the memory PDFBox may take for new streams capped, all by {@link
 * PdfDecodingLimits#configured()}.
 */
public final class PdfLoading {

  static {
    BoundedPdfFilters.install(PdfDecodingLimits.configured().maxDecodedBytes());
  }

  private PdfLoading() {}

  /**
   * Opens an uploaded PDF (with the empty user password).
   *
   * @throws org.paraph.documents.domain.PdfTooComplexException when a stream decodes past the
   *     limit, or an image is too large
   * @throws IOException as {@link Loader#loadPDF(byte[])}
   */
  public static PDDocument load(byte[] pdf) throws IOException {
    return load(pdf, PdfDecodingLimits.configured());
  }

  /**
   * Opens an uploaded PDF measured against {@code limits}; what PDFBox decodes by itself stays
   * bounded by the configured limit.
   */
  static PDDocument load(byte[] pdf, PdfDecodingLimits limits) throws IOException {
    PdfStreamGuard.check(pdf, limits);
    return Loader.loadPDF(pdf, "", null, null, memory(limits).streamCache);
  }

  /**
   * Measures an uploaded PDF as {@link #load} does, for a caller that hands it to another reader
   * (DSS's validation, the portal's own structure reader), and makes sure PDFBox's decoding is
   * bounded before that reader runs.
   *
   * @throws org.paraph.documents.domain.PdfTooComplexException as {@link #load}
   */
  public static void requireWithinLimits(byte[] pdf) {
    PdfStreamGuard.check(pdf, PdfDecodingLimits.configured());
  }

  /** The memory DSS may use for the PDFs it loads and writes. */
  public static PdfMemoryUsageSetting dssMemoryUsage() {
    return PdfMemoryUsageSetting.memoryBuffered(PdfDecodingLimits.configured().maxDecodedBytes());
  }

  /** The most one stream may decode to, for readers that decode by themselves. */
  public static long maxDecodedBytes() {
    return PdfDecodingLimits.configured().maxDecodedBytes();
  }

  private static MemoryUsageSetting memory(PdfDecodingLimits limits) {
    return MemoryUsageSetting.setupMainMemoryOnly(limits.maxDecodedBytes());
  }
}
