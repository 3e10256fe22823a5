package org.paraph.seals.infrastructure;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.paraph.seals.domain.InvalidPlacementException;
import org.paraph.seals.domain.Placement;
import org.paraph.seals.domain.SealAnnotationText;

/**
 * How the annotation's lines fit in the seal box: one font size for all lines, as large as the box
 * allows up to {@value #MAX_FONT_SIZE} points. Computed before sealing so that a box too small for
 * legible text is refused with a clear message instead of producing an unreadable seal.
 *
 * @param fontSize the size of every line, in points
 * @param padding the margin between the box's border and the text, in points
 * @param lines the lines, top to bottom
 */
record SealAnnotationLayout(float fontSize, float padding, List<Line> lines) {

  static final float MAX_FONT_SIZE = 10f;
  static final float MIN_FONT_SIZE = 5f;

  /** Baseline-to-baseline distance, as a multiple of the font size. */
  static final float LEADING = 1.25f;

  /** Near-black: softer than pure black on screen, still crisp in print. */
  static final Color TEXT = new Color(0x21, 0x21, 0x21);

  static final Color TEST_WARNING = new Color(0xE6, 0x6E, 0x00);

  /** One line of text, already restricted to what its standard font can draw. */
  record Line(String text, PDFont font, Color color) {

    float widthAt(float fontSize) {
      try {
        return font.getStringWidth(text) / 1000f * fontSize;
      } catch (IOException e) {
        throw new UncheckedIOException("Standard font metrics unavailable", e);
      }
    }
  }

  SealAnnotationLayout {
    lines = List.copyOf(lines);
  }

  /**
   * Lays the text out in the placement's box.
   *
   * @throws InvalidPlacementException {@code placement-too-small} when the text would need a font
   *     smaller than {@value #MIN_FONT_SIZE} points
   */
  static SealAnnotationLayout fit(SealAnnotationText text, Placement placement) {
    List<Line> lines = lines(text);
    float padding =
        Math.max(1.5f, Math.min(4f, 0.06f * Math.min(placement.width(), placement.height())));
    float widestAtOnePoint = 0;
    for (Line line : lines) {
      widestAtOnePoint = Math.max(widestAtOnePoint, line.widthAt(1f));
    }
    float byWidth = (placement.width() - 2 * padding) / widestAtOnePoint;
    float byHeight = (placement.height() - 2 * padding) / (lines.size() * LEADING);
    float fontSize = Math.min(MAX_FONT_SIZE, Math.min(byWidth, byHeight));
    if (fontSize < MIN_FONT_SIZE) {
      throw InvalidPlacementException.tooSmallForText(
          placement,
          widestAtOnePoint * MIN_FONT_SIZE + 2 * padding,
          lines.size() * LEADING * MIN_FONT_SIZE + 2 * padding);
    }
    return new SealAnnotationLayout(fontSize, padding, lines);
  }

  /** The organisation first and in bold; the test warning last, in bold orange. */
  private static List<Line> lines(SealAnnotationText text) {
    PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < text.lines().size(); i++) {
      String drawable = StandardFontText.drawable(text.lines().get(i));
      lines.add(new Line(drawable, i == 0 ? bold : regular, TEXT));
    }
    if (text.testWarning() != null) {
      lines.add(new Line(StandardFontText.drawable(text.testWarning()), bold, TEST_WARNING));
    }
    return lines;
  }

  /** All lines joined, for DSS, which wants the text even though this layout draws it. */
  String joinedText() {
    StringBuilder joined = new StringBuilder();
    for (Line line : lines) {
      if (joined.length() > 0) {
        joined.append('\n');
      }
      joined.append(line.text());
    }
    return joined.toString();
  }
}
