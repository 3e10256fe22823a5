package org.paraph.seals.domain;

import java.util.Locale;
import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;

/** The box asked for the seal's annotation cannot be used on this document. */
public final class InvalidPlacementException extends PortalException {

  private InvalidPlacementException(String problemType, String message) {
    super(FailureKind.UNPROCESSABLE, problemType, message);
  }

  static InvalidPlacementException malformed(String reason) {
    return new InvalidPlacementException("invalid-placement", "Invalid seal placement: " + reason);
  }

  static InvalidPlacementException noSuchPage(int page, int pageCount) {
    return new InvalidPlacementException(
        "placement-off-page",
        "The seal cannot go on page "
            + page
            + ": the document has "
            + pageCount
            + (pageCount == 1 ? " page." : " pages."));
  }

  /**
   * The box does not fit inside the page.
   *
   * @param pageWidth the displayed width of the page, in points
   * @param pageHeight the displayed height of the page, in points
   */
  public static InvalidPlacementException offPage(
      Placement placement, float pageWidth, float pageHeight) {
    return new InvalidPlacementException(
        "placement-off-page",
        String.format(
            Locale.ROOT,
            "The seal box (x %.1f, y %.1f, width %.1f, height %.1f) does not fit inside page %d,"
                + " which measures %.1f x %.1f points: move or shrink the box.",
            placement.x(),
            placement.y(),
            placement.width(),
            placement.height(),
            placement.page(),
            pageWidth,
            pageHeight));
  }

  /** The box cannot hold the annotation's text at a legible size. */
  public static InvalidPlacementException tooSmallForText(
      Placement placement, float minimumWidth, float minimumHeight) {
    return new InvalidPlacementException(
        "placement-too-small",
        String.format(
            Locale.ROOT,
            "The seal box (%.1f x %.1f points) is too small for its text: make it at least"
                + " %.0f x %.0f points.",
            placement.width(),
            placement.height(),
            Math.ceil(minimumWidth),
            Math.ceil(minimumHeight)));
  }

  /** The box covers an existing annotation (a form field, a link, an earlier seal). */
  public static InvalidPlacementException overlapsAnnotation(Placement placement) {
    return new InvalidPlacementException(
        "placement-overlaps-annotation",
        "The seal box on page "
            + placement.page()
            + " overlaps an existing annotation (a form field, a link or an earlier seal):"
            + " move the box to a free area.");
  }
}
