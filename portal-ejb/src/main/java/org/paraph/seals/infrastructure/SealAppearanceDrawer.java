package org.paraph.seals.infrastructure;

import eu.europa.esig.dss.pdf.AnnotationBox;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxUtils;
import eu.europa.esig.dss.pdf.pdfbox.visible.AbstractPdfBoxSignatureDrawer;
import eu.europa.esig.dss.pdf.pdfbox.visible.nativedrawer.PdfBoxDSSFontMetrics;
import eu.europa.esig.dss.pdf.visible.DSSFontMetrics;
import eu.europa.esig.dss.pdf.visible.SignatureFieldDimensionAndPosition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws the seal's annotation for DSS. DSS's own drawers give all text one colour; the test warning
 * needs its own, so this drawer paints a {@link SealAnnotationLayout} itself. DSS still computes
 * where the box goes (and checks it against the page and other annotations), from the page's crop
 * box, which is what viewers and the portal's previews show.
 */
final class SealAppearanceDrawer extends AbstractPdfBoxSignatureDrawer {

  private static final float BORDER_WIDTH = 0.75f;

  private final SealAnnotationLayout layout;

  SealAppearanceDrawer(SealAnnotationLayout layout) {
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
      Map<AnnotationTypeface.Weight, PDFont> fonts = new EnumMap<>(AnnotationTypeface.Weight.class);
      for (SealAnnotationLayout.Line line : layout.lines()) {
        if (!fonts.containsKey(line.weight())) {
          fonts.put(line.weight(), layout.typeface().font(template, line.weight()));
        }
      }
      try (PDPageContentStream content =
          new PDPageContentStream(
              template, appearance.getNormalAppearance().getAppearanceStream())) {
        paint(content, rectangle, getPage().getRotation(), fonts);
      }
      ByteArrayOutputStream saved = new ByteArrayOutputStream();
      template.save(saved);
      signatureOptions.setVisualSignature(new ByteArrayInputStream(saved.toByteArray()));
    }
  }

  private void paint(
      PDPageContentStream content,
      PDRectangle rectangle,
      int pageRotation,
      Map<AnnotationTypeface.Weight, PDFont> fonts)
      throws IOException {
    int rotation = Math.floorMod(pageRotation, 360);
    boolean quarterTurn = rotation == 90 || rotation == 270;
    // The box as the reader sees it: on a page shown turned by a quarter, width and height swap.
    float width = quarterTurn ? rectangle.getHeight() : rectangle.getWidth();
    float height = quarterTurn ? rectangle.getWidth() : rectangle.getHeight();
    content.transform(uprightForReader(rotation, rectangle));
    drawBorder(content, width, height);
    drawLines(content, height, fonts);
  }

  /**
   * Viewers turn the page, annotations included, clockwise by its /Rotate; turning the drawing the
   * other way first makes it read upright. Maps (u, v), with u along the text and v up as the
   * reader sees them, to the appearance's own coordinates.
   */
  private static Matrix uprightForReader(int rotation, PDRectangle rectangle) {
    float w = rectangle.getWidth();
    float h = rectangle.getHeight();
    return switch (rotation) {
      case 90 -> new Matrix(0, 1, -1, 0, w, 0);
      case 180 -> new Matrix(-1, 0, 0, -1, w, h);
      case 270 -> new Matrix(0, -1, 1, 0, 0, h);
      default -> new Matrix();
    };
  }

  private static void drawBorder(PDPageContentStream content, float width, float height)
      throws IOException {
    content.setStrokingColor(SealAnnotationLayout.TEXT);
    content.setLineWidth(BORDER_WIDTH);
    float inset = BORDER_WIDTH / 2;
    content.addRect(inset, inset, width - BORDER_WIDTH, height - BORDER_WIDTH);
    content.stroke();
  }

  /** Lines left-aligned, the block centred vertically. */
  private void drawLines(
      PDPageContentStream content, float height, Map<AnnotationTypeface.Weight, PDFont> fonts)
      throws IOException {
    float fontSize = layout.fontSize();
    float lineHeight = fontSize * SealAnnotationLayout.LEADING;
    // From the top of the first line's capitals to the bottom of the last line's descenders.
    float capHeight = layout.typeface().capHeight() * fontSize;
    float blockHeight =
        (layout.lines().size() - 1) * lineHeight
            + capHeight
            + layout.typeface().descent() * fontSize;
    float baseline = (height + blockHeight) / 2 - capHeight;
    for (SealAnnotationLayout.Line line : layout.lines()) {
      content.beginText();
      content.setFont(fonts.get(line.weight()), fontSize);
      content.setNonStrokingColor(line.color());
      content.newLineAtOffset(layout.padding(), baseline);
      content.showText(line.text());
      content.endText();
      baseline -= lineHeight;
    }
  }

  private static PDRectangle toRectangle(AnnotationBox box) {
    return new PDRectangle(box.getMinX(), box.getMinY(), box.getWidth(), box.getHeight());
  }
}
