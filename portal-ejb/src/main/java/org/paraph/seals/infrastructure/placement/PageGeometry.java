package org.paraph.seals.infrastructure.placement;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.paraph.seals.domain.Placement;

/**
 * From PDF page space to the portal's coordinates: points from the top-left corner of the page as a
 * viewer shows it, that is the crop box turned clockwise by the page's rotation, y growing down.
 */
final class PageGeometry {

  private PageGeometry() {}

  /**
   * A point of page space measured from the crop box's lower-left corner, as displayed.
   *
   * @param width the crop box's width, before rotation
   * @param height the crop box's height, before rotation
   * @return the displayed x and y
   */
  static float[] displayed(float x, float y, int rotation, float width, float height) {
    return switch (Math.floorMod(rotation, 360)) {
      case 90 -> new float[] {y, x};
      case 180 -> new float[] {width - x, y};
      case 270 -> new float[] {height - y, width - x};
      default -> new float[] {x, height - y};
    };
  }

  /** A rectangle of page space (an annotation's /Rect) as displayed on its page. */
  static Placement displayed(int pageNumber, PDPage page, PDRectangle rectangle) {
    PDRectangle crop = page.getCropBox();
    float[] one =
        displayed(
            rectangle.getLowerLeftX() - crop.getLowerLeftX(),
            rectangle.getLowerLeftY() - crop.getLowerLeftY(),
            page.getRotation(),
            crop.getWidth(),
            crop.getHeight());
    float[] other =
        displayed(
            rectangle.getUpperRightX() - crop.getLowerLeftX(),
            rectangle.getUpperRightY() - crop.getLowerLeftY(),
            page.getRotation(),
            crop.getWidth(),
            crop.getHeight());
    return new Placement(
        pageNumber,
        Math.min(one[0], other[0]),
        Math.min(one[1], other[1]),
        Math.abs(one[0] - other[0]),
        Math.abs(one[1] - other[1]));
  }
}
