package org.paraph.shared.infrastructure.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
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
 * Helvetica, which viewers supply, so it adds nothing to the file; except on a PDF/A document,
 * which admits no font that is not embedded (the seal's {@code ArchivalClaim}). Any other text
 * (Polish, Greek, Cyrillic...) is drawn in Liberation Sans, which has Helvetica's proportions and
 * covers Latin, Greek and Cyrillic, embedded as a subset of the glyphs used (about 10 KB per weight
 * instead of 400 KB). Liberation Sans comes from the {@code openpdf-fonts-extra} artifact, under
 * the SIL Open Font License 1.1.
 *
 * <p>Chinese, Japanese and Korean characters, which Liberation Sans lacks, are drawn in Droid Sans
 * Fallback (Apache License 2.0, from Debian's {@code fonts-droid-fallback}, shipped in this
 * module's resources), one weight for both, also embedded as a subset: the 3.4 MB font adds a few
 * kilobytes per seal. A line then consists of {@linkplain Run runs}, each in one of the two fonts.
 *
 * <p>Public for the PDF reports ({@code ReportWriter}: audit trail, verification report), which
 * draw names and other text the standard fonts lack the same way.
 */
public enum AnnotationTypeface {
  STANDARD,
  EMBEDDED;

  /** The two weights each typeface has. */
  public enum Weight {
    REGULAR,
    BOLD
  }

  /**
   * A stretch of a line drawn in one font.
   *
   * @param text what is drawn
   * @param cjk whether it is drawn in the CJK fallback font rather than the line's own
   */
  public record Run(String text, boolean cjk) {}

  /**
   * What stands for a character neither embedded font has (Ethiopic, for one): a question mark, as
   * the standard font path does, so that the reader sees that something is missing instead of a
   * word with a gap or an invisible .notdef box.
   */
  static final char SUBSTITUTE = '?';

  /**
   * The font DSS is told about, with the seal layout's {@code SealAnnotationLayout.joinedText()}.
   * DSS only measures with it, the box being fixed; {@code SealAppearanceDrawer} draws with the
   * typeface's own fonts.
   */
  public static PDFont dssFont() {
    // A new one each time: a font caches widths in a map that is not safe to share.
    return standard(Weight.REGULAR);
  }

  /** The standard font when it can draw every line exactly, the embedded one otherwise. */
  public static AnnotationTypeface forLines(List<String> lines) {
    for (String line : lines) {
      if (!StandardFontText.drawable(line).equals(line)) {
        return EMBEDDED;
      }
    }
    return STANDARD;
  }

  /** Capitals' height above the baseline, as a fraction of the font size. */
  public float capHeight() {
    return this == STANDARD ? 0.72f : Liberation.capHeight();
  }

  /** Descenders' depth below the baseline, as a fraction of the font size. */
  public float descent() {
    return this == STANDARD ? 0.21f : Liberation.descent();
  }

  /** The text with what this typeface cannot draw replaced. */
  public String drawable(String text, Weight weight) {
    return this == STANDARD ? StandardFontText.drawable(text) : Liberation.drawable(text, weight);
  }

  /** Drawable text cut where it changes font: a single run unless it mixes in CJK characters. */
  public List<Run> runs(String drawable, Weight weight) {
    if (this == STANDARD) {
      return List.of(new Run(drawable, false));
    }
    List<Run> runs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean currentCjk = false;
    for (int codePoint : drawable.codePoints().toArray()) {
      // A space between two CJK characters stays with them; Liberation has spaces anyway.
      boolean cjk = !Liberation.has(codePoint, weight) && CjkFallback.has(codePoint);
      if (cjk != currentCjk && current.length() > 0) {
        runs.add(new Run(current.toString(), currentCjk));
        current.setLength(0);
      }
      currentCjk = cjk;
      current.appendCodePoint(codePoint);
    }
    if (current.length() > 0 || runs.isEmpty()) {
      runs.add(new Run(current.toString(), currentCjk));
    }
    return runs;
  }

  /** The width of drawable text at a size of one point, from the font's own advance widths. */
  public float widthAtOnePoint(String drawable, Weight weight) {
    if (this == EMBEDDED) {
      float width = 0;
      for (Run run : runs(drawable, weight)) {
        width += run.cjk() ? CjkFallback.width(run.text()) : Liberation.width(run.text(), weight);
      }
      return width;
    }
    try {
      return standard(weight).getStringWidth(drawable) / 1000f;
    } catch (IOException e) {
      throw new UncheckedIOException("Standard font metrics unavailable", e);
    }
  }

  /** The font to draw with in {@code document}: an embedded one is subset when it is saved. */
  public PDFont font(PDDocument document, Weight weight) throws IOException {
    if (this == STANDARD) {
      return standard(weight);
    }
    try (InputStream in = new ByteArrayInputStream(Liberation.bytes(weight))) {
      return PDType0Font.load(document, in, true);
    }
  }

  /** The CJK font to draw {@linkplain Run#cjk() CJK runs} with in {@code document}, subset. */
  public static PDFont cjkFont(PDDocument document) throws IOException {
    try (InputStream in = new ByteArrayInputStream(CjkFallback.bytes())) {
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
                if (cmap.getGlyphId(codePoint) != 0 || CjkFallback.has(codePoint)) {
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

    static boolean has(int codePoint, Weight weight) {
      return CMAPS.get(weight).getGlyphId(codePoint) != 0;
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

  /**
   * Droid Sans Fallback, read when a line first holds a character Liberation Sans lacks. Like
   * {@link Liberation}, the parsed font is only read for metrics; drawing loads its own copy.
   */
  private static final class CjkFallback {

    private static final String RESOURCE = "/fonts/droid/DroidSansFallback.ttf";
    private static final byte[] BYTES;
    private static final TrueTypeFont FONT;
    private static final CmapLookup CMAP;

    static {
      try (InputStream in = AnnotationTypeface.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the portal's resources");
        }
        BYTES = in.readAllBytes();
        FONT = new TTFParser().parse(new RandomAccessReadBuffer(BYTES));
        FONT.getHorizontalMetrics();
        CMAP = FONT.getUnicodeCmapLookup();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + RESOURCE, e);
      }
    }

    private CjkFallback() {}

    static byte[] bytes() {
      return BYTES;
    }

    static boolean has(int codePoint) {
      return CMAP.getGlyphId(codePoint) != 0;
    }

    static float width(String text) {
      try {
        float units = 0;
        for (int codePoint : text.codePoints().toArray()) {
          units += FONT.getAdvanceWidth(CMAP.getGlyphId(codePoint));
        }
        return units / FONT.getUnitsPerEm();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
