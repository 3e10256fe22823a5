package org.paraph.seals.infrastructure.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paraph.seals.domain.Placement;
import org.paraph.testsupport.TestPdfs;
import org.paraph.testsupport.TestPdfs.Text;

class KeywordLocatorTest {

  /** Helvetica's descender, 207/1000 em, at 12 points. */
  private static final float DESCENT = 2.484f;

  private final KeywordLocator locator = new KeywordLocator();

  @Test
  void findsTheKeywordOnTheSecondPageWhereItShows() throws IOException {
    byte[] pdf =
        TestPdfs.withTexts(
            2,
            new Text(1, "Terms and conditions", 72, 100),
            new Text(2, "Approved:", 72, 500),
            new Text(2, "SEAL-HERE", 300, 500));

    Placement found = locate(pdf, "SEAL-HERE").orElseThrow();

    assertEquals(2, found.page());
    assertEquals(300, found.x(), 1f);
    assertEquals(500 - TestPdfs.CAP_HEIGHT, found.y(), 1f);
    assertEquals(width("SEAL-HERE"), found.width(), 1f);
    assertEquals(TestPdfs.CAP_HEIGHT + DESCENT, found.height(), 1f);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 90, 180, 270})
  void measuresFromTheTopLeftOfTheTurnedPage(int rotation) throws IOException {
    byte[] pdf = TestPdfs.withTexts(1, rotation, null, new Text(1, "Signature:", 150, 220));

    Placement found = locate(pdf, "Signature:").orElseThrow();

    assertEquals(150, found.x(), 1f);
    assertEquals(220 - TestPdfs.CAP_HEIGHT, found.y(), 1f);
    assertEquals(width("Signature:"), found.width(), 1f);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 90})
  void measuresFromTheVisibleAreaOfACroppedPage(int rotation) throws IOException {
    PDRectangle crop = new PDRectangle(100, 150, 400, 500);
    byte[] pdf = TestPdfs.withTexts(1, rotation, crop, new Text(1, "Stamp", 40, 60));

    Placement found = locate(pdf, "Stamp").orElseThrow();

    assertEquals(40, found.x(), 1f);
    assertEquals(60 - TestPdfs.CAP_HEIGHT, found.y(), 1f);
  }

  @Test
  void theFirstOccurrenceInReadingOrderWinsOverContentOrder() throws IOException {
    byte[] pdf =
        TestPdfs.withTexts(
            2,
            new Text(1, "Sign", 72, 700),
            new Text(1, "Sign", 400, 100),
            new Text(2, "Sign", 72, 50));

    Placement found = locate(pdf, "Sign").orElseThrow();

    assertEquals(1, found.page());
    assertEquals(400, found.x(), 1f);
    assertEquals(100 - TestPdfs.CAP_HEIGHT, found.y(), 1f);
  }

  @Test
  void spacesMatchAnyWhiteSpaceAndTheMatchStartsInsideALine() throws IOException {
    byte[] pdf =
        TestPdfs.withTexts(1, new Text(1, "For the company, signed by the director", 72, 300));

    Placement found = locate(pdf, "signed \n by").orElseThrow();

    assertEquals(72 + width("For the company, "), found.x(), 1f);
    assertEquals(width("signed by"), found.width(), 1f);
  }

  @Test
  void anAccentTypedApartMatchesTheAccentedLetter() throws IOException {
    byte[] pdf = TestPdfs.withTexts(1, new Text(1, "Sign\u00e9 ici", 100, 200));

    Placement found = locate(pdf, "Signe\u0301 ici").orElseThrow();

    assertEquals(100, found.x(), 1f);
  }

  @Test
  void textThatIsNotThereIsNotFound() throws IOException {
    byte[] pdf = TestPdfs.withTexts(2, new Text(1, "Signature", 72, 300));

    assertEquals(Optional.empty(), locate(pdf, "signature"));
    assertEquals(Optional.empty(), locate(pdf, "Signatures"));
    assertTrue(locate(TestPdfs.withTexts(1), "anything").isEmpty(), "a page without text");
  }

  private Optional<Placement> locate(byte[] pdf, String keyword) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return locator.locate(document, keyword);
    }
  }

  private static float width(String text) throws IOException {
    return new PDType1Font(Standard14Fonts.FontName.HELVETICA).getStringWidth(text) / 1000 * 12;
  }
}
