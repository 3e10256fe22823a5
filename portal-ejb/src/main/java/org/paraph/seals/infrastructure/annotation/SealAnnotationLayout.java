package org.paraph.seals.infrastructure.annotation;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.paraph.seals.domain.InvalidPlacementException;
import org.paraph.seals.domain.Placement;
import org.paraph.seals.domain.SealAnnotationText;
import org.paraph.seals.domain.SealLogo;
import org.paraph.seals.infrastructure.sealing.SealParameters;
import org.paraph.shared.infrastructure.pdf.AnnotationTypeface;
import org.paraph.shared.infrastructure.pdf.StandardFontText;

/**
 * How the annotation's lines fit in the seal box: one font size for all lines, as large as the box
 * allows up to {@value #MAX_FONT_SIZE} points. Computed before sealing so that a box too small for
 * legible text is refused with a clear message instead of producing an unreadable seal.
 *
 * @param fontSize the size of every line, in points
 * @param padding the margin between the box's border and the text, in points
 * @param typeface the typeface of every line
 * @param lines the lines, top to bottom
 * @param logo the image drawn at the left, or {@code null}
 * @param logoWidth the logo's drawn width in points (0 without one), at the left of the text
 * @param logoHeight its drawn height in points, centred vertically
 * @param archival what the sealed document's conformance claim allows the annotation to use
 */
public record SealAnnotationLayout(
    float fontSize,
    float padding,
    AnnotationTypeface typeface,
    List<Line> lines,
    SealLogo logo,
    float logoWidth,
    float logoHeight,
    ArchivalClaim archival) {

  /** A logo takes at most this part of the box's inner width, leaving the rest to the text. */
  static final float MAX_LOGO_SHARE = 0.4f;

  static final float MAX_FONT_SIZE = 10f;
  static final float MIN_FONT_SIZE = 5f;

  /** Baseline-to-baseline distance, as a multiple of the font size. */
  static final float LEADING = 1.25f;

  /** Near-black: softer than pure black on screen, still crisp in print. */
  static final Color TEXT = new Color(0x21, 0x21, 0x21);

  static final Color TEST_WARNING = new Color(0xE6, 0x6E, 0x00);

  /**
   * One line of text, already restricted to what the typeface can draw.
   *
   * @param widthAtOnePoint its width at a size of one point, from the typeface's own metrics
   * @param runs the text cut where it changes font (CJK characters have their own)
   */
  record Line(
      String text,
      AnnotationTypeface.Weight weight,
      Color color,
      float widthAtOnePoint,
      List<AnnotationTypeface.Run> runs) {

    Line {
      runs = List.copyOf(runs);
    }
  }

  public SealAnnotationLayout {
    lines = List.copyOf(lines);
  }

  /**
   * Lays the text out in the placement's box.
   *
   * @throws InvalidPlacementException {@code placement-too-small} when the text would need a font
   *     smaller than {@value #MIN_FONT_SIZE} points
   */
  static SealAnnotationLayout fit(SealAnnotationText text, Placement placement) {
    return fit(text, placement, null);
  }

  /**
   * Lays the text out in the placement's box, after the logo if there is one: the logo as high as
   * the box's inside, keeping its proportions, but no wider than {@value #MAX_LOGO_SHARE} of it.
   *
   * @param logo the image at the left, or {@code null}
   * @throws InvalidPlacementException {@code placement-too-small} when the text would need a font
   *     smaller than {@value #MIN_FONT_SIZE} points
   */
  static SealAnnotationLayout fit(SealAnnotationText text, Placement placement, SealLogo logo) {
    return fit(text, placement, logo, ArchivalClaim.NONE);
  }

  /**
   * Lays the text out as {@link #fit(SealAnnotationText, Placement, SealLogo)} does, for a document
   * that claims {@code archival}: a PDF/A document gets its text in the embedded typeface even when
   * the standard font could draw it, since PDF/A admits no font that is not embedded.
   */
  public static SealAnnotationLayout fit(
      SealAnnotationText text, Placement placement, SealLogo logo, ArchivalClaim archival) {
    AnnotationTypeface typeface =
        archival.needsEmbeddedFonts()
            ? AnnotationTypeface.EMBEDDED
            : AnnotationTypeface.forLines(text.allLines());
    List<Line> lines = lines(text, typeface);
    float padding =
        Math.max(1.5f, Math.min(4f, 0.06f * Math.min(placement.width(), placement.height())));
    float innerWidth = placement.width() - 2 * padding;
    float innerHeight = placement.height() - 2 * padding;
    float logoWidth = 0;
    float logoHeight = 0;
    float textLeft = 0;
    if (logo != null && innerWidth > 0 && innerHeight > 0) {
      float aspect = logo.width() / (float) logo.height();
      logoHeight = innerHeight;
      logoWidth = logoHeight * aspect;
      if (logoWidth > innerWidth * MAX_LOGO_SHARE) {
        logoWidth = innerWidth * MAX_LOGO_SHARE;
        logoHeight = logoWidth / aspect;
      }
      textLeft = logoWidth + padding;
    }
    float widestAtOnePoint = 0;
    for (Line line : lines) {
      widestAtOnePoint = Math.max(widestAtOnePoint, line.widthAtOnePoint());
    }
    float byWidth = (innerWidth - textLeft) / widestAtOnePoint;
    float byHeight = innerHeight / (lines.size() * LEADING);
    float fontSize = Math.min(MAX_FONT_SIZE, Math.min(byWidth, byHeight));
    if (fontSize < MIN_FONT_SIZE) {
      throw InvalidPlacementException.tooSmallForText(
          placement,
          widestAtOnePoint * MIN_FONT_SIZE + 2 * padding + textLeft,
          lines.size() * LEADING * MIN_FONT_SIZE + 2 * padding);
    }
    return new SealAnnotationLayout(
        fontSize, padding, typeface, lines, logo, logoWidth, logoHeight, archival);
  }

  /** Where the text starts, from the box's left edge. */
  float textLeft() {
    return logo == null ? padding : padding + logoWidth + padding;
  }

  /** The organisation first and in bold; the test warning last, in bold orange. */
  private static List<Line> lines(SealAnnotationText text, AnnotationTypeface typeface) {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < text.lines().size(); i++) {
      AnnotationTypeface.Weight weight =
          i == 0 ? AnnotationTypeface.Weight.BOLD : AnnotationTypeface.Weight.REGULAR;
      lines.add(line(text.lines().get(i), typeface, weight, TEXT));
    }
    if (text.testWarning() != null) {
      lines.add(line(text.testWarning(), typeface, AnnotationTypeface.Weight.BOLD, TEST_WARNING));
    }
    return lines;
  }

  private static Line line(
      String text, AnnotationTypeface typeface, AnnotationTypeface.Weight weight, Color color) {
    String drawable = typeface.drawable(text, weight);
    return new Line(
        drawable,
        weight,
        color,
        typeface.widthAtOnePoint(drawable, weight),
        typeface.runs(drawable, weight));
  }

  /**
   * All lines joined, for DSS, which wants the text even though this layout draws it. DSS is given
   * Helvetica to go with it (see {@link SealParameters}), so the text is restricted to what
   * Helvetica holds.
   */
  public String joinedText() {
    StringBuilder joined = new StringBuilder();
    for (Line line : lines) {
      if (joined.length() > 0) {
        joined.append('\n');
      }
      joined.append(StandardFontText.drawable(line.text()));
    }
    return joined.toString();
  }
}
