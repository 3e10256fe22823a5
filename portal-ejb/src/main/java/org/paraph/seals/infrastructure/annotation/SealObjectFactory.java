package org.paraph.seals.infrastructure.annotation;

import eu.europa.esig.dss.pdf.PDFServiceMode;
import eu.europa.esig.dss.pdf.PDFSignatureService;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxSignatureService;
import org.paraph.documents.infrastructure.PdfLoading;

/**
 * DSS's PDFBox back end, with seals drawn by {@link SealAppearanceDrawer}. One instance per seal:
 * it carries that seal's annotation layout.
 */
public final class SealObjectFactory extends PdfBoxNativeObjectFactory {

  private final SealAnnotationLayout layout;

  /**
   * @param layout the annotation to draw, or {@code null} for an invisible seal
   */
  public SealObjectFactory(SealAnnotationLayout layout) {
    this.layout = layout;
    // DSS's default keeps every stream it writes in memory without a cap.
    setPdfMemoryUsageSetting(PdfLoading.dssMemoryUsage());
  }

  @Override
  public PDFSignatureService newPAdESSignatureService() {
    return configure(
        new PdfBoxSignatureService(
            PDFServiceMode.SIGNATURE, imageParameters -> new SealAppearanceDrawer(layout)));
  }
}
