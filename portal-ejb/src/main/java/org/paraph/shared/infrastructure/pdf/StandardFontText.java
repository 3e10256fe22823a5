package org.paraph.shared.infrastructure.pdf;

import java.text.Normalizer;
import org.apache.pdfbox.pdmodel.font.encoding.Encoding;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;

/**
 * Makes text drawable with a standard-14 font. Those fonts are not embedded, which keeps a seal
 * small, but they only cover the WinAnsi (Windows-1252) characters: PDFBox refuses to draw "Łódź"
 * or "Ελλάδα" with them. Letters outside the set lose their accent where Unicode decomposes them (ő
 * becomes o, ț becomes t) or where the letter is a stroked Latin one (Ł becomes L), so a name stays
 * recognisable; the others (Greek, Cyrillic, CJK) become '?'.
 */
public final class StandardFontText {

  private static final Encoding ENCODING = WinAnsiEncoding.INSTANCE;
  private static final GlyphList GLYPHS = GlyphList.getAdobeGlyphList();

  /**
   * Latin letters with a stroke or bar, which Unicode does not decompose into base and accent, and
   * at the same index the letters a reader would write instead.
   */
  private static final String STROKED = "ŁłĐđĦħŦŧı";

  private static final String UNSTROKED = "LlDdHhTti";

  private StandardFontText() {}

  public static String drawable(String text) {
    StringBuilder result = new StringBuilder(text.length());
    text.codePoints().forEach(codePoint -> result.append(drawable(codePoint)));
    return result.toString();
  }

  private static String drawable(int codePoint) {
    if (encodable(codePoint)) {
      return Character.toString(codePoint);
    }
    int stroked = STROKED.indexOf(codePoint);
    if (stroked >= 0) {
      return String.valueOf(UNSTROKED.charAt(stroked));
    }
    String decomposed = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFD);
    int base = decomposed.codePointAt(0);
    if (base != codePoint && encodable(base)) {
      return Character.toString(base);
    }
    return Character.isWhitespace(codePoint) ? " " : "?";
  }

  private static boolean encodable(int codePoint) {
    String glyphName = GLYPHS.codePointToName(codePoint);
    return ENCODING.contains(glyphName);
  }
}
