package org.paraph.seals.infrastructure.annotation;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.paraph.shared.infrastructure.pdf.AnnotationTypeface;

/**
 * Paints a {@link SealAnnotationLayout}: border, logo, lines. One painter for the seal itself
 * ({@link SealAppearanceDrawer}) and for the preview administrators see while they configure it
 * ({@link AnnotationPreview}), so the preview is the seal.
 */
final class SealAppearancePainter {

  private static final float BORDER_WIDTH = 0.75f;

  /** Outline width, as a part of the font size, that makes regular CJK glyphs read as bold. */
  private static final float CJK_BOLD_STROKE = 0.04f;

  private final PDDocument document;
  private final SealAnnotationLayout layout;
  private final AnnotationColours colours;
  private final Map<AnnotationTypeface.Weight, PDFont> fonts =
      new EnumMap<>(AnnotationTypeface.Weight.class);
  private PDFont cjkFont;

  /**
   * @param document the document the fonts and the logo are added to (subset when it is saved)
   */
  SealAppearancePainter(PDDocument document, SealAnnotationLayout layout) {
    this.document = document;
    this.layout = layout;
    this.colours = new AnnotationColours(document, layout.archival());
  }

  /**
   * Paints the annotation into a box of {@code width} x {@code height} (the box's own coordinates,
   * origin at its lower left), upright for a reader of a page turned by {@code pageRotation}.
   */
  void paint(PDPageContentStream content, float width, float height, int pageRotation)
      throws IOException {
    int rotation = Math.floorMod(pageRotation, 360);
    boolean quarterTurn = rotation == 90 || rotation == 270;
    // The box as the reader sees it: on a page shown turned by a quarter, width and height swap.
    float readerWidth = quarterTurn ? height : width;
    float readerHeight = quarterTurn ? width : height;
    content.transform(uprightForReader(rotation, width, height));
    drawBorder(content, readerWidth, readerHeight);
    drawLogo(content, readerHeight);
    drawLines(content, readerHeight);
  }

  /**
   * Viewers turn the page, annotations included, clockwise by its /Rotate; turning the drawing the
   * other way first makes it read upright. Maps (u, v), with u along the text and v up as the
   * reader sees them, to the appearance's own coordinates.
   */
  private static Matrix uprightForReader(int rotation, float w, float h) {
    return switch (rotation) {
      case 90 -> new Matrix(0, 1, -1, 0, w, 0);
      case 180 -> new Matrix(-1, 0, 0, -1, w, h);
      case 270 -> new Matrix(0, -1, 1, 0, 0, h);
      default -> new Matrix();
    };
  }

  private void drawBorder(PDPageContentStream content, float width, float height)
      throws IOException {
    content.setStrokingColor(colours.of(SealAnnotationLayout.TEXT));
    content.setLineWidth(BORDER_WIDTH);
    float inset = BORDER_WIDTH / 2;
    content.addRect(inset, inset, width - BORDER_WIDTH, height - BORDER_WIDTH);
    content.stroke();
  }

  private void drawLogo(PDPageContentStream content, float height) throws IOException {
    if (layout.logo() == null) {
      return;
    }
    PDImageXObject image = colours.logo(layout.logo());
    float y = (height - layout.logoHeight()) / 2;
    content.drawImage(image, layout.padding(), y, layout.logoWidth(), layout.logoHeight());
  }

  /** Lines left-aligned after the logo, the block centred vertically. */
  private void drawLines(PDPageContentStream content, float height) throws IOException {
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
      content.setNonStrokingColor(colours.of(line.color()));
      content.newLineAtOffset(layout.textLeft(), baseline);
      // Each run moves the text position on by its width, so runs follow each other.
      for (AnnotationTypeface.Run run : line.runs()) {
        content.setFont(run.cjk() ? cjkFont() : font(line.weight()), fontSize);
        // The CJK font has one weight: a bold line's CJK run is emboldened by outlining its glyphs.
        boolean emboldened = run.cjk() && line.weight() == AnnotationTypeface.Weight.BOLD;
        if (emboldened) {
          content.setStrokingColor(colours.of(line.color()));
          content.setLineWidth(fontSize * CJK_BOLD_STROKE);
          content.setRenderingMode(RenderingMode.FILL_STROKE);
        }
        content.showText(run.text());
        if (emboldened) {
          content.setRenderingMode(RenderingMode.FILL);
        }
      }
      content.endText();
      baseline -= lineHeight;
    }
  }

  private PDFont font(AnnotationTypeface.Weight weight) throws IOException {
    PDFont font = fonts.get(weight);
    if (font == null) {
      font = layout.typeface().font(document, weight);
      fonts.put(weight, font);
    }
    return font;
  }

  private PDFont cjkFont() throws IOException {
    if (cjkFont == null) {
      cjkFont = AnnotationTypeface.cjkFont(document);
    }
    return cjkFont;
  }
}
