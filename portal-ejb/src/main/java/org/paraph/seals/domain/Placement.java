package org.paraph.seals.domain;

import org.paraph.documents.domain.PageSize;
import org.paraph.documents.domain.PdfSummary;
import org.paraph.shared.domain.ProblemText;

/**
 * Where the seal's visible annotation goes, in PDF points, measured as the user sees the page: the
 * origin is the top-left corner of the displayed page (after its rotation) and y grows downwards,
 * like screen coordinates on a page preview.
 *
 * @param page 1-based page number
 * @param x distance from the left edge of the displayed page to the left edge of the box
 * @param y distance from the top edge of the displayed page to the top edge of the box
 * @param width width of the box
 * @param height height of the box
 */
public record Placement(int page, float x, float y, float width, float height) {

  /** Clients compute boxes from percentages; forgive rounding at the page edge. */
  private static final float TOLERANCE = 0.01f;

  public Placement {
    if (page < 1) {
      throw InvalidPlacementException.malformed(
          ProblemText.of("problem.invalid-placement.page", page));
    }
    if (!(width > 0) || !(height > 0)) {
      throw InvalidPlacementException.malformed(
          ProblemText.of(
              "problem.invalid-placement.size", String.valueOf(width), String.valueOf(height)));
    }
    if (!Float.isFinite(x) || !Float.isFinite(y) || !Float.isFinite(width * height)) {
      throw InvalidPlacementException.malformed(
          ProblemText.of("problem.invalid-placement.not-finite"));
    }
  }

  /**
   * Checks that the box lies on an existing page of the document, entirely inside it.
   *
   * @throws InvalidPlacementException {@code placement-off-page} otherwise, naming the page size
   */
  public void requireFitsOn(PdfSummary document) {
    PageSize size =
        document
            .page(page)
            .orElseThrow(() -> InvalidPlacementException.noSuchPage(page, document.pageCount()));
    boolean fits =
        x >= -TOLERANCE
            && y >= -TOLERANCE
            && x + width <= size.width() + TOLERANCE
            && y + height <= size.height() + TOLERANCE;
    if (!fits) {
      throw InvalidPlacementException.offPage(this, size.width(), size.height());
    }
  }
}
