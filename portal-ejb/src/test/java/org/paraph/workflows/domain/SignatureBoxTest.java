package org.paraph.workflows.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * When two signature boxes overlap, so that the wizard and the API refuse the workflow: the later
 * signature's widget would cover the earlier one.
 */
class SignatureBoxTest {

  private static final SignatureBox BOX = box(0, 1, 100, 100, 180, 60);

  @Test
  void boxesSharingSomeAreaOverlap() {
    SignatureBox crossing = box(0, 1, 200, 130, 180, 60);

    assertTrue(BOX.overlaps(crossing));
    assertTrue(crossing.overlaps(BOX));
  }

  @Test
  void aBoxOverlapsItself() {
    assertTrue(BOX.overlaps(box(0, 1, 100, 100, 180, 60)));
  }

  @Test
  void aBoxInsideAnotherOverlapsIt() {
    SignatureBox inside = box(0, 1, 120, 110, 20, 10);

    assertTrue(BOX.overlaps(inside));
    assertTrue(inside.overlaps(BOX));
  }

  @Test
  void boxesTouchingAlongAnEdgeDoNotOverlap() {
    SignatureBox right = box(0, 1, 280, 100, 180, 60);
    SignatureBox left = box(0, 1, 0, 100, 100, 60);
    SignatureBox below = box(0, 1, 100, 160, 180, 60);
    SignatureBox above = box(0, 1, 100, 40, 180, 60);

    for (SignatureBox neighbour : new SignatureBox[] {right, left, below, above}) {
      assertFalse(BOX.overlaps(neighbour));
      assertFalse(neighbour.overlaps(BOX));
    }
  }

  @Test
  void boxesTouchingAtACornerDoNotOverlap() {
    assertFalse(BOX.overlaps(box(0, 1, 280, 160, 180, 60)));
  }

  @Test
  void boxesOneHundredthOfAPointIntoEachOtherOverlap() {
    assertTrue(BOX.overlaps(box(0, 1, 279.99f, 100, 180, 60)));
  }

  @Test
  void boxesApartDoNotOverlap() {
    assertFalse(BOX.overlaps(box(0, 1, 400, 300, 180, 60)));
  }

  @Test
  void theSamePlaceOnAnotherPageDoesNotOverlap() {
    assertFalse(BOX.overlaps(box(0, 2, 100, 100, 180, 60)));
  }

  @Test
  void theSamePlaceInAnotherDocumentDoesNotOverlap() {
    assertFalse(BOX.overlaps(box(1, 1, 100, 100, 180, 60)));
  }

  @Test
  void theBoxesNamesDoNotMatter() {
    SignatureBox named = new SignatureBox(0, 1, 100, 100, 180, 60, "Buyer");

    assertTrue(BOX.overlaps(named));
  }

  private static SignatureBox box(
      int document, int page, float x, float y, float width, float height) {
    return new SignatureBox(document, page, x, y, width, height, null);
  }
}
