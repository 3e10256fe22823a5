package org.paraph.documents.domain;

/**
 * Reads an uploaded PDF for the use cases: refuses what the portal cannot work with and describes
 * the rest, or draws one of its pages. Implemented with PDFBox ({@code
 * documents.infrastructure.PdfInspector}), within the configured decoding limits.
 */
public interface PdfReader {

  /**
   * Summarises a PDF: its pages as displayed and whether it is already signed.
   *
   * @throws InvalidDocumentException when the file is empty, not a PDF, encrypted or unreadable
   * @throws PdfTooComplexException when its content decodes past the limits
   */
  PdfSummary inspect(byte[] pdf);

  /**
   * One page as a PNG image, as a viewer would display it (crop box, rotation applied). A pixel at
   * (px, py) is the point (px * 72 / dpi, py * 72 / dpi) of the page, unless the page is so large
   * that the resolution had to be lowered: compare the image width with the page width to know the
   * actual scale.
   *
   * @param page 1-based page number
   * @param dpi resolution, at most 600; 72 gives one pixel per point
   * @throws PageNotFoundException when the document has no such page
   * @throws PdfTooComplexException when its content decodes past the limits, or the page takes
   *     longer than the limit to draw
   */
  byte[] renderPagePng(byte[] pdf, int page, float dpi);
}
