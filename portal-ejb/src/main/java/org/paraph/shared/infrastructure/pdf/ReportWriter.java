package org.paraph.shared.infrastructure.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes a report into a PDF top-down, wrapping long text and starting a new A4 page when one is
 * full: the verification report and the workflow audit trail. Text the standard fonts can draw is
 * drawn in them, which adds nothing to the file. Other text is, by default, drawn with what the
 * standard fonts lack replaced (see {@link StandardFontText}); a writer made with {@link
 * #withUnicodeFonts} draws it instead in the embedded Unicode fonts of the seal annotation (see
 * {@link AnnotationTypeface}), subset to the glyphs used, so that a participant named "Łukasz
 * Żółć", "Ελένη" or "王小明" is never shown as "?".
 */
public final class ReportWriter implements AutoCloseable {

  public static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  public static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  public static final PDType1Font MONO = new PDType1Font(Standard14Fonts.FontName.COURIER);
  public static final Color GREY = new Color(85, 85, 85);
  private static final float MARGIN = 56;
  private static final float LABEL_WIDTH = 150;

  private final PDDocument document;
  private final boolean unicode;
  private final Map<AnnotationTypeface.Weight, PDFont> embedded =
      new EnumMap<>(AnnotationTypeface.Weight.class);
  private PDFont cjk;
  private PDPageContentStream content;
  private float y;

  /** A writer in the standard fonts only: it adds no font file. */
  public ReportWriter(PDDocument document) throws IOException {
    this(document, false);
  }

  private ReportWriter(PDDocument document, boolean unicode) throws IOException {
    this.document = document;
    this.unicode = unicode;
    newPage();
  }

  /** A writer that draws text the standard fonts lack in embedded Unicode font subsets. */
  public static ReportWriter withUnicodeFonts(PDDocument document) throws IOException {
    return new ReportWriter(document, true);
  }

  public void line(String text, PDType1Font font, float size, Color colour) throws IOException {
    Face face = face(text, font);
    show(MARGIN, face.drawable(text), face, size, colour);
  }

  public void paragraph(String text, PDType1Font font, float size, Color colour)
      throws IOException {
    Face face = face(text, font);
    for (String line : wrap(face.drawable(text), face, size, width())) {
      show(MARGIN, line, face, size, colour);
    }
  }

  public void fact(String label, String value, PDType1Font font) throws IOException {
    fact(label, value, font, 10);
  }

  /** A label on the left, its value wrapped in the column beside it, on a common baseline. */
  public void fact(String label, String value, PDType1Font font, float size) throws IOException {
    Face face = face(value, font);
    Face labelFace = face(label, REGULAR);
    List<String> lines = wrap(face.drawable(value), face, size, width() - LABEL_WIDTH);
    for (int i = 0; i < lines.size(); i++) {
      newPageIfFull(10);
      float baseline = y - 10;
      if (i == 0) {
        textAt(MARGIN, baseline, labelFace.drawable(label), labelFace, 10, GREY);
      }
      textAt(MARGIN + LABEL_WIDTH, baseline, lines.get(i), face, size, Color.BLACK);
      y -= 10 * 1.4f;
    }
  }

  private Face face(String text, PDType1Font font) {
    return unicode ? Face.of(text, font) : Face.standardOnly(font);
  }

  public void space(float points) {
    y -= points;
  }

  private void show(float x, String text, Face face, float size, Color colour) throws IOException {
    newPageIfFull(size);
    textAt(x, y - size, text, face, size, colour);
    y -= size * 1.4f;
  }

  private void textAt(float x, float baseline, String text, Face face, float size, Color colour)
      throws IOException {
    content.beginText();
    content.setNonStrokingColor(colour);
    content.newLineAtOffset(x, baseline);
    if (face.standard() != null) {
      content.setFont(face.standard(), size);
      content.showText(text);
    } else {
      // Each run advances the text position past itself, so runs in two fonts join up.
      for (AnnotationTypeface.Run run : AnnotationTypeface.EMBEDDED.runs(text, face.weight())) {
        content.setFont(run.cjk() ? cjkFont() : embeddedFont(face.weight()), size);
        content.showText(run.text());
      }
    }
    content.endText();
  }

  /** Loaded into the document once, when first needed, and subset when it is saved. */
  private PDFont embeddedFont(AnnotationTypeface.Weight weight) throws IOException {
    PDFont font = embedded.get(weight);
    if (font == null) {
      font = AnnotationTypeface.EMBEDDED.font(document, weight);
      embedded.put(weight, font);
    }
    return font;
  }

  private PDFont cjkFont() throws IOException {
    if (cjk == null) {
      cjk = AnnotationTypeface.cjkFont(document);
    }
    return cjk;
  }

  private void newPageIfFull(float size) throws IOException {
    if (y - size * 1.4f < MARGIN) {
      newPage();
    }
  }

  private void newPage() throws IOException {
    if (content != null) {
      content.close();
    }
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    content = new PDPageContentStream(document, page);
    y = page.getMediaBox().getHeight() - MARGIN;
  }

  private static float width() {
    return PDRectangle.A4.getWidth() - 2 * MARGIN;
  }

  /** Breaks at spaces; a word longer than the line (a digest) is broken where it must be. */
  private static List<String> wrap(String text, Face face, float size, float width)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (face.width(candidate, size) <= width) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
        line.setLength(0);
      }
      String rest = word;
      while (face.width(rest, size) > width) {
        int fits = rest.offsetByCodePoints(rest.length(), -1);
        while (fits > 1 && face.width(rest.substring(0, fits), size) > width) {
          fits = rest.offsetByCodePoints(fits, -1);
        }
        lines.add(rest.substring(0, fits));
        rest = rest.substring(fits);
      }
      line.append(rest);
    }
    lines.add(line.toString());
    return lines;
  }

  @Override
  public void close() throws IOException {
    content.close();
  }

  /**
   * How one piece of text is drawn: in the standard font the caller chose ({@code standard} set),
   * with what it lacks replaced, or in the embedded typeface of the matching weight.
   */
  private record Face(PDType1Font standard, AnnotationTypeface.Weight weight) {

    static Face standardOnly(PDType1Font font) {
      return new Face(font, null);
    }

    static Face of(String text, PDType1Font font) {
      AnnotationTypeface.Weight weight =
          font == BOLD ? AnnotationTypeface.Weight.BOLD : AnnotationTypeface.Weight.REGULAR;
      boolean standardDrawsIt = StandardFontText.drawable(text).equals(text);
      return new Face(standardDrawsIt ? font : null, weight);
    }

    String drawable(String text) {
      return standard != null
          ? StandardFontText.drawable(text)
          : AnnotationTypeface.EMBEDDED.drawable(text, weight);
    }

    float width(String text, float size) throws IOException {
      if (standard != null) {
        return standard.getStringWidth(text) / 1000 * size;
      }
      return AnnotationTypeface.EMBEDDED.widthAtOnePoint(text, weight) * size;
    }
  }
}
