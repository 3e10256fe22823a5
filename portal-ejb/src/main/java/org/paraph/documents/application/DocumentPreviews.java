package org.paraph.documents.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.paraph.documents.domain.PdfReader;
import org.paraph.documents.domain.PdfSummary;

/** What the pages show of a PDF before anything is done with it: its pages, as images. */
@ApplicationScoped
public class DocumentPreviews {

  /** Sharp enough to place an annotation, small enough to send to the browser quickly. */
  private static final float PREVIEW_DPI = 96;

  @Inject PdfReader pdfs;

  /**
   * @throws org.paraph.documents.domain.InvalidDocumentException when it is not a usable PDF
   */
  public PdfSummary inspect(byte[] pdf) {
    return pdfs.inspect(pdf);
  }

  public byte[] pagePng(byte[] pdf, int page) {
    return pdfs.renderPagePng(pdf, page, PREVIEW_DPI);
  }
}
