package org.paraph.documents.domain;

/**
 * The size of a page as a viewer displays it, in PDF points (1/72 inch): the visible area (crop
 * box) with the page's rotation applied, so a landscape page rotated by 90 degrees reports its
 * portrait size.
 */
public record PageSize(float width, float height) {

  public PageSize {
    if (!(width > 0) || !(height > 0)) {
      throw new IllegalArgumentException("page size must be positive: " + width + " x " + height);
    }
  }
}
