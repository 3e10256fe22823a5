package org.paraph.seals.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paraph.documents.domain.PageSize;
import org.paraph.documents.domain.PdfSummary;
import org.paraph.shared.domain.FailureKind;

class PlacementTest {

  private static final PdfSummary A4_THEN_LANDSCAPE =
      new PdfSummary(
          List.of(new PageSize(595.28f, 841.89f), new PageSize(841.89f, 595.28f)), false);

  @ParameterizedTest
  @CsvSource({"0, 10, 10", "1, 0, 10", "1, 10, 0", "1, -5, 10", "1, NaN, 10"})
  void malformedBoxesAreRefused(int page, float width, float height) {
    InvalidPlacementException refusal =
        assertThrows(
            InvalidPlacementException.class, () -> new Placement(page, 10, 10, width, height));

    assertEquals("invalid-placement", refusal.problemType());
    assertEquals(FailureKind.UNPROCESSABLE, refusal.kind());
  }

  @Test
  void boxTouchingThePageEdgesFits() {
    assertDoesNotThrow(
        () -> new Placement(1, 0, 0, 595.28f, 841.89f).requireFitsOn(A4_THEN_LANDSCAPE));
    assertDoesNotThrow(
        () -> new Placement(2, 641.89f, 0, 200, 595.28f).requireFitsOn(A4_THEN_LANDSCAPE));
  }

  @ParameterizedTest
  @CsvSource({"1, -1, 10", "1, 10, -1", "1, 400, 10", "1, 10, 800", "2, 10, 560"})
  void boxCrossingAnEdgeIsOffThePage(int page, float x, float y) {
    Placement placement = new Placement(page, x, y, 200, 60);

    InvalidPlacementException refusal =
        assertThrows(
            InvalidPlacementException.class, () -> placement.requireFitsOn(A4_THEN_LANDSCAPE));

    assertEquals("placement-off-page", refusal.problemType());
  }

  @Test
  void messageNamesThePageSize() {
    Placement placement = new Placement(2, 700, 10, 200, 60);

    InvalidPlacementException refusal =
        assertThrows(
            InvalidPlacementException.class, () -> placement.requireFitsOn(A4_THEN_LANDSCAPE));

    assertTrue(refusal.getMessage().contains("841.9 x 595.3 points"), refusal.getMessage());
  }

  @Test
  void pageBeyondTheDocumentIsOffThePage() {
    InvalidPlacementException refusal =
        assertThrows(
            InvalidPlacementException.class,
            () -> new Placement(3, 10, 10, 100, 40).requireFitsOn(A4_THEN_LANDSCAPE));

    assertEquals("placement-off-page", refusal.problemType());
    assertTrue(refusal.getMessage().contains("has 2 pages"), refusal.getMessage());
  }
}
