package org.paraph.seals.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The typeface of a seal's annotation. Text that Windows-1252 holds entirely is drawn in standard
 * Helvetica, which viewers supply, so it adds nothing to the file. Any other text (Polish, Greek,
 * Cyrillic...) is drawn in Liberation Sans, which has Helvetica's proportions and covers Latin,
 * Greek and Cyrillic, embedded as a subset of the glyphs used (about 10 KB per weight instead of
 * 400 KB). Liberation Sans comes from the {@code openpdf-fonts-extra} artifact, under the SIL Open
 * Font License 1.1.
 */
enum AnnotationTypeface {
  STANDARD,
  EMBEDDED;

  enum Weight {
    REGULAR,
    BOLD
  }

  /**
   * What stands for a character the embedded font lacks (CJK, for one): a question mark, as the
   * standard font path does, so that the reader sees that something is missing instead of a word
   * with a gap or an invisible .notdef box.
   */
  static final char SUBSTITUTE = '?';

  /**
   * The font DSS is told about, with {@link SealAnnotationLayout#joinedText()}. DSS only measures
   * with it, the box being fixed; {@link SealAppearanceDrawer} draws with the typeface's own fonts.
   */
  static PDFont dssFont() {
    // A new one each time: a font caches widths in a map that is not safe to share.
    return standard(Weight.REGULAR);
  }

  /** The standard font when it can draw every line exactly, the embedded one otherwise. */
  static AnnotationTypeface forLines(List<String> lines) {
    for (String line : lines) {
      if (!StandardFontText.drawable(line).equals(line)) {
        return EMBEDDED;
      }
    }
    return STANDARD;
  }

  /** Capitals' height above the baseline, as a fraction of the font size. */
  float capHeight() {
    return this == STANDARD ? 0.72f : Liberation.capHeight();
  }

  /** Descenders' depth below the baseline, as a fraction of the font size. */
  float descent() {
    return this == STANDARD ? 0.21f : Liberation.descent();
  }

  /** The text with what this typeface cannot draw replaced. */
  String drawable(String text, Weight weight) {
    return this == STANDARD ? StandardFontText.drawable(text) : Liberation.drawable(text, weight);
  }

  /** The width of drawable text at a size of one point, from the font's own advance widths. */
  float widthAtOnePoint(String drawable, Weight weight) {
    if (this == EMBEDDED) {
      return Liberation.width(drawable, weight);
    }
    try {
      return standard(weight).getStringWidth(drawable) / 1000f;
    } catch (IOException e) {
      throw new UncheckedIOException("Standard font metrics unavailable", e);
    }
  }

  /** The font to draw with in {@code document}: an embedded one is subset when it is saved. */
  PDFont font(PDDocument document, Weight weight) throws IOException {
    if (this == STANDARD) {
      return standard(weight);
    }
    try (InputStream in = new ByteArrayInputStream(Liberation.bytes(weight))) {
      return PDType0Font.load(document, in, true);
    }
  }

  private static PDFont standard(Weight weight) {
    return new PDType1Font(
        weight == Weight.BOLD
            ? Standard14Fonts.FontName.HELVETICA_BOLD
            : Standard14Fonts.FontName.HELVETICA);
  }

  /**
   * Liberation Sans, read once, when first needed. The parsed fonts are only read after the class
   * is initialised, and only for metrics; drawing loads its own copy into each document.
   */
  private static final class Liberation {

    private static final Map<Weight, byte[]> BYTES = new EnumMap<>(Weight.class);
    private static final Map<Weight, TrueTypeFont> FONTS = new EnumMap<>(Weight.class);
    private static final Map<Weight, CmapLookup> CMAPS = new EnumMap<>(Weight.class);

    static {
      load(Weight.REGULAR, "/liberation/LiberationSans-Regular.ttf");
      load(Weight.BOLD, "/liberation/LiberationSans-Bold.ttf");
    }

    private Liberation() {}

    private static void load(Weight weight, String resource) {
      try (InputStream in = AnnotationTypeface.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(resource + " is missing: openpdf-fonts-extra?");
        }
        byte[] bytes = in.readAllBytes();
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        // Reads the tables the metrics need now, while only this thread sees the font.
        font.getHorizontalMetrics();
        font.getOS2Windows();
        font.getHorizontalHeader();
        BYTES.put(weight, bytes);
        FONTS.put(weight, font);
        CMAPS.put(weight, font.getUnicodeCmapLookup());
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + resource, e);
      }
    }

    static byte[] bytes(Weight weight) {
      return BYTES.get(weight);
    }

    static float capHeight() {
      TrueTypeFont font = FONTS.get(Weight.REGULAR);
      try {
        return font.getOS2Windows().getCapHeight() / (float) font.getUnitsPerEm();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    static float descent() {
      TrueTypeFont font = FONTS.get(Weight.REGULAR);
      try {
        return -font.getHorizontalHeader().getDescender() / (float) font.getUnitsPerEm();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /**
     * Composed form first: "e" followed by a combining acute would be drawn as two glyphs side by
     * side, "é" as one. A letter the font lacks keeps its base letter when it has one, as in the
     * standard path; anything else becomes {@link #SUBSTITUTE}.
     */
    static String drawable(String text, Weight weight) {
      CmapLookup cmap = CMAPS.get(weight);
      StringBuilder result = new StringBuilder(text.length());
      Normalizer.normalize(text, Normalizer.Form.NFC)
          .codePoints()
          .forEach(
              codePoint -> {
                if (cmap.getGlyphId(codePoint) != 0) {
                  result.appendCodePoint(codePoint);
                } else if (Character.isWhitespace(codePoint)) {
                  result.append(' ');
                } else {
                  int base =
                      Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD)
                          .codePointAt(0);
                  result.appendCodePoint(
                      base != codePoint && cmap.getGlyphId(base) != 0 ? base : SUBSTITUTE);
                }
              });
      return result.toString();
    }

    static float width(String drawable, Weight weight) {
      TrueTypeFont font = FONTS.get(weight);
      CmapLookup cmap = CMAPS.get(weight);
      try {
        float units = 0;
        for (int codePoint : drawable.codePoints().toArray()) {
          units += font.getAdvanceWidth(cmap.getGlyphId(codePoint));
        }
        return units / font.getUnitsPerEm();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
