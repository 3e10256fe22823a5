package org.paraph.seals.infrastructure.annotation;

import eu.europa.esig.dss.pdf.AnnotationBox;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxUtils;
import eu.europa.esig.dss.pdf.pdfbox.visible.AbstractPdfBoxSignatureDrawer;
import eu.europa.esig.dss.pdf.pdfbox.visible.nativedrawer.PdfBoxDSSFontMetrics;
import eu.europa.esig.dss.pdf.visible.DSSFontMetrics;
import eu.europa.esig.dss.pdf.visible.SignatureFieldDimensionAndPosition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.paraph.shared.infrastructure.pdf.AnnotationTypeface;

/**
 * Draws the seal's annotation for DSS. DSS's own drawers give all text one colour; the test warning
 * needs its own, and a logo goes beside the text, so this drawer has a {@link
 * SealAppearancePainter} paint the {@link SealAnnotationLayout}. DSS still computes where the box
 * goes (and checks it against the page and other annotations), from the page's crop box, which is
 * what viewers and the portal's previews show.
 */
public final class SealAppearanceDrawer extends AbstractPdfBoxSignatureDrawer {

  private final SealAnnotationLayout layout;

  public SealAppearanceDrawer(SealAnnotationLayout layout) {
    this.layout = layout;
  }

  @Override
  protected AnnotationBox getPageAnnotationBox(PDPage page) {
    PDRectangle cropBox = page.getCropBox();
    return new AnnotationBox(
        cropBox.getLowerLeftX(),
        cropBox.getLowerLeftY(),
        cropBox.getUpperRightX(),
        cropBox.getUpperRightY());
  }

  @Override
  protected DSSFontMetrics getDSSFontMetrics() {
    return new PdfBoxDSSFontMetrics(AnnotationTypeface.dssFont());
  }

  @Override
  protected String getExpectedColorSpaceName() {
    return COSName.DEVICERGB.getName();
  }

  /**
   * DSS adds an sRGB output intent (3 KB) to any document without one, for PDF/A. A document
   * without an output intent is not PDF/A, so that would only make it larger; documents that have
   * one keep DSS's checks.
   */
  @Override
  protected void checkColorSpace(PDDocument pdDocument) throws IOException {
    if (!pdDocument.getDocumentCatalog().getOutputIntents().isEmpty()) {
      super.checkColorSpace(pdDocument);
    }
  }

  /**
   * Hands PDFBox a one-page template document holding the signature widget and its appearance,
   * which PDFBox merges into the document being signed.
   */
  @Override
  public void draw() throws IOException {
    SignatureFieldDimensionAndPosition position = buildSignatureFieldBox();
    PDRectangle rectangle = toRectangle(position.getAnnotationBox());
    try (PDDocument template = new PDDocument()) {
      PDPage page = new PDPage(getPage().getMediaBox());
      template.addPage(page);
      PDAcroForm form = new PDAcroForm(template);
      template.getDocumentCatalog().setAcroForm(form);
      PDSignatureField field = new PDSignatureField(form);
      form.getFields().add(field);
      PDAnnotationWidget widget = field.getWidgets().get(0);
      widget.setRectangle(rectangle);
      widget.setPrinted(true);
      PDAppearanceDictionary appearance =
          PdfBoxUtils.createSignatureAppearanceDictionary(template, rectangle);
      widget.setAppearance(appearance);
      try (PDPageContentStream content =
          new PDPageContentStream(
              template, appearance.getNormalAppearance().getAppearanceStream())) {
        new SealAppearancePainter(template, layout)
            .paint(content, rectangle.getWidth(), rectangle.getHeight(), getPage().getRotation());
      }
      ByteArrayOutputStream saved = new ByteArrayOutputStream();
      template.save(saved);
      signatureOptions.setVisualSignature(new ByteArrayInputStream(saved.toByteArray()));
    }
  }

  private static PDRectangle toRectangle(AnnotationBox box) {
    return new PDRectangle(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight());
  }
}
