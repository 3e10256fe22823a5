package org.paraph.seals.infrastructure.annotation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paraph.seals.domain.Placement;
import org.paraph.seals.domain.SealAnnotationText;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealOptions;
import org.paraph.shared.infrastructure.pdf.AnnotationTypeface;

class AnnotationTypefaceTest {

  @Test
  void textThatWindows1252HoldsKeepsTheStandardFont() {
    assertEquals(
        AnnotationTypeface.STANDARD,
        AnnotationTypeface.forLines(List.of("Société Générale", "Zürich", "Straße € 5")));
  }

  @Test
  void oneLineOutsideWindows1252MovesAllToTheEmbeddedFont() {
    assertEquals(
        AnnotationTypeface.EMBEDDED,
        AnnotationTypeface.forLines(List.of("Acme", "Reason: Подписано")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Łódź Sp. z o.o. | Łódź Sp. z o.o.",
        "Ελληνική Εταιρεία | Ελληνική Εταιρεία",
        "Общество | Общество",
        // decomposed é, as some keyboards and file names produce it, drawn as one glyph
        "Socie\u0301te\u0301 | Société",
        // CJK from the fallback font; Ethiopic from none
        "東京 Ltd | 東京 Ltd",
        "ኢትዮጵያ Ltd | ????? Ltd"
      })
  void embeddedFontDrawsItsOwnGlyphsAndMarksWhatItLacks(String text, String drawable) {
    assertEquals(
        drawable, AnnotationTypeface.EMBEDDED.drawable(text, AnnotationTypeface.Weight.REGULAR));
  }

  @Test
  void widthsAreThoseOfTheEmbeddedFont() throws IOException {
    String text = "Ελληνική Εταιρεία Α.Ε. Общество";
    try (PDDocument document = new PDDocument();
        InputStream ttf = getClass().getResourceAsStream("/liberation/LiberationSans-Bold.ttf")) {
      PDType0Font font = PDType0Font.load(document, ttf, false);

      assertEquals(
          font.getStringWidth(text) / 1000f,
          AnnotationTypeface.EMBEDDED.widthAtOnePoint(text, AnnotationTypeface.Weight.BOLD),
          0.01f);
    }
  }

  @Test
  void linesFitTheBoxByTheEmbeddedFontsWidths() {
    Placement placement = new Placement(1, 72, 72, 150, 60);
    SealOptions options =
        SealOptions.invisible(SealLevel.B_B, "Ελληνική Εταιρεία Α.Ε. Αθηνών", Instant.now())
            .withReasonAndLocation("Подписано", null)
            .withPlacement(placement);

    SealAnnotationLayout layout =
        SealAnnotationLayout.fit(SealAnnotationText.of(options), placement);

    assertEquals(AnnotationTypeface.EMBEDDED, layout.typeface());
    float widest = 0;
    for (SealAnnotationLayout.Line line : layout.lines()) {
      widest = Math.max(widest, line.widthAtOnePoint() * layout.fontSize());
    }
    float room = placement.width() - 2 * layout.padding();
    assertTrue(widest <= room + 0.01f, widest + " > " + room);
    // The organisation is the widest line here, and its width sets the size.
    assertEquals(room, widest, 0.01f);
  }
}
