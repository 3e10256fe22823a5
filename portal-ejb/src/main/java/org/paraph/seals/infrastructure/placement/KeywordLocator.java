package org.paraph.seals.infrastructure.placement;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.paraph.seals.domain.Placement;

/**
 * Finds the first occurrence of a text in a PDF, pages in order and each page in reading order, and
 * tells where it shows: the box around its glyphs, from the top of their capitals to the bottom of
 * their descenders, in the portal's coordinates (points from the top-left corner of the page as
 * displayed, crop box and rotation applied). Matching is exact, except that any run of white space
 * matches any other, across words and lines alike, and that both texts are compared in Unicode
 * compatibility form (NFKC). Stateless and thread-safe.
 */
final class KeywordLocator {

  /** Glyph-space heights above this are broken font metrics (PDFBOX-3464 and the like). */
  private static final float MAX_CAP_HEIGHT = 1000;

  private static final float FALLBACK_CAP_HEIGHT = 700;
  private static final float FALLBACK_DESCENT = -200;
  private static final float MIN_DESCENT = -500;

  /**
   * @param keyword the text to find; must hold something other than white space
   * @return the box of its first occurrence, or empty if the document's text does not hold it
   */
  Optional<Placement> locate(PDDocument document, String keyword) throws IOException {
    String wanted = collapseWhiteSpace(normalized(keyword)).strip();
    if (wanted.isEmpty()) {
      throw new IllegalArgumentException("the keyword must not be blank");
    }
    for (int page = 1; page <= document.getNumberOfPages(); page++) {
      PageText text = new PageText();
      text.setStartPage(page);
      text.setEndPage(page);
      text.writeText(document, Writer.nullWriter());
      int at = text.chars.indexOf(wanted);
      if (at >= 0) {
        return Optional.of(displayedBox(page, text.glyphs.subList(at, at + wanted.length())));
      }
    }
    return Optional.empty();
  }

  /** The union of the glyphs' boxes as displayed; separators (null entries) take no room. */
  private static Placement displayedBox(int page, List<TextPosition> glyphs) {
    float[] bounds = {
      Float.POSITIVE_INFINITY,
      Float.POSITIVE_INFINITY,
      Float.NEGATIVE_INFINITY,
      Float.NEGATIVE_INFINITY
    };
    TextPosition previous = null;
    for (TextPosition glyph : glyphs) {
      // A ligature is one glyph for several characters: count it once.
      if (glyph != null && glyph != previous) {
        addGlyph(bounds, glyph);
      }
      previous = glyph;
    }
    return new Placement(
        page,
        bounds[0],
        bounds[1],
        Math.max(bounds[2] - bounds[0], 0.01f),
        Math.max(bounds[3] - bounds[1], 0.01f));
  }

  /**
   * The glyph's quadrilateral: from its origin to the end of its advance, stretched from the
   * descender to the cap height along the text's own up direction, so that rotated or skewed text
   * is boxed as it shows.
   */
  private static void addGlyph(float[] bounds, TextPosition glyph) {
    // The text rendering matrix, with PDFBox's shift to the crop box's lower-left corner: maps
    // text space (one unit = the font size) to page space measured from that corner.
    Matrix matrix = glyph.getTextMatrix();
    float[] heights = capHeightAndDescent(glyph.getFont());
    float upX = matrix.getValue(1, 0);
    float upY = matrix.getValue(1, 1);
    float[][] baseline = {
      {matrix.getTranslateX(), matrix.getTranslateY()}, {glyph.getEndX(), glyph.getEndY()}
    };
    for (float[] point : baseline) {
      for (float height : heights) {
        float[] shown =
            PageGeometry.displayed(
                point[0] + upX * height,
                point[1] + upY * height,
                glyph.getRotation(),
                glyph.getPageWidth(),
                glyph.getPageHeight());
        bounds[0] = Math.min(bounds[0], shown[0]);
        bounds[1] = Math.min(bounds[1], shown[1]);
        bounds[2] = Math.max(bounds[2], shown[0]);
        bounds[3] = Math.max(bounds[3], shown[1]);
      }
    }
  }

  /** In text space units: the cap height (positive) and the descent (negative). */
  private static float[] capHeightAndDescent(PDFont font) {
    float capHeight = 0;
    float descent = 0;
    PDFontDescriptor descriptor = font.getFontDescriptor();
    if (descriptor != null) {
      capHeight = descriptor.getCapHeight();
      if (!(capHeight > 0) || capHeight > MAX_CAP_HEIGHT) {
        capHeight = descriptor.getAscent();
      }
      descent = descriptor.getDescent();
    }
    if (!(capHeight > 0) || capHeight > MAX_CAP_HEIGHT) {
      capHeight = FALLBACK_CAP_HEIGHT;
    }
    if (!(descent < 0) || descent < MIN_DESCENT) {
      descent = FALLBACK_DESCENT;
    }
    // Descriptor metrics are in thousandths of text space, whatever the font's own units (PDFBox
    // reports a substituted font's matrix, 1/2048 for Liberation Sans); Type 3 fonts say theirs.
    float scale = font instanceof PDType3Font ? Math.abs(font.getFontMatrix().getScaleY()) : 0.001f;
    return new float[] {capHeight * scale, descent * scale};
  }

  /**
   * Compatibility composition: an accent typed apart from its letter matches the accented letter,
   * and a ligature glyph (U+FB01) matches the letters it joins.
   */
  private static String normalized(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  private static String collapseWhiteSpace(String text) {
    StringBuilder collapsed = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = isSpace(c);
      if (!space) {
        collapsed.append(c);
      } else if (collapsed.length() == 0 || collapsed.charAt(collapsed.length() - 1) != ' ') {
        collapsed.append(' ');
      }
    }
    return collapsed.toString();
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * One page's text in reading order, white space collapsed to single spaces, with the glyph each
   * character comes from ({@code null} for the spaces between words and lines).
   */
  private static final class PageText extends PDFTextStripper {

    private final StringBuilder chars = new StringBuilder();
    private final List<TextPosition> glyphs = new ArrayList<>();

    PageText() {
      setSortByPosition(true);
    }

    @Override
    protected void writeString(String text, List<TextPosition> textPositions) {
      for (TextPosition glyph : textPositions) {
        String unicode = normalized(glyph.getUnicode());
        for (int i = 0; i < unicode.length(); i++) {
          append(unicode.charAt(i), glyph);
        }
      }
    }

    @Override
    protected void writeWordSeparator() {
      append(' ', null);
    }

    @Override
    protected void writeLineSeparator() {
      append(' ', null);
    }

    private void append(char c, TextPosition glyph) {
      if (isSpace(c)) {
        if (chars.length() > 0 && chars.charAt(chars.length() - 1) != ' ') {
          chars.append(' ');
          glyphs.add(null);
        }
        return;
      }
      chars.append(c);
      glyphs.add(glyph);
    }
  }
}
