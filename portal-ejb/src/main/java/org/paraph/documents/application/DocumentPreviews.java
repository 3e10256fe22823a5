package org.paraph.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.paraph.documents.domain.PdfSummary;
import org.paraph.documents.infrastructure.PdfInspector;

/** What the pages show of a PDF before anything is done with it: its pages, as images. */
@ApplicationScoped
public class DocumentPreviews {

  /** Sharp enough to place an annotation, small enough to send to the browser quickly. */
  private static final float PREVIEW_DPI = 96;

  private final PdfInspector inspector = new PdfInspector();

  /**
   * @throws org.paraph.documents.domain.InvalidDocumentException when it is not a usable PDF
   */
  public PdfSummary inspect(byte[] pdf) {
    return inspector.inspect(pdf);
  }

  public byte[] pagePng(byte[] pdf, int page) {
    return inspector.renderPagePng(pdf, page, PREVIEW_DPI);
  }
}
