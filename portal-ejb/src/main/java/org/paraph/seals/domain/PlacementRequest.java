package org.paraph.seals.domain;

import java.util.Objects;
import org.paraph.shared.domain.ProblemText;

/**
 * Where the caller wants the seal, before the document is read: at given coordinates, at the first
 * occurrence of a keyword, in an existing empty signature field, or nowhere (invisible). The
 * sealing adapter resolves it against the document into a concrete {@link Placement}.
 */
public sealed interface PlacementRequest {

  /** The annotation box used at a keyword when the caller gives no size. */
  float DEFAULT_WIDTH = 200;

  float DEFAULT_HEIGHT = 70;

  /** No annotation: the seal shows only in the viewer's signature panel. */
  record Invisible() implements PlacementRequest {}

  /** The annotation exactly in this box. */
  record AtCoordinates(Placement placement) implements PlacementRequest {
    public AtCoordinates {
      Objects.requireNonNull(placement, "placement");
    }
  }

  /**
   * The annotation with its top-left corner at the top-left corner of the first occurrence of the
   * keyword, in page order then reading order; moved left or up as little as needed to stay on the
   * page.
   *
   * @param keyword the text to look for, matched exactly, any run of white space matching any other
   * @param width the width of the annotation box, in points
   * @param height the height of the annotation box, in points
   */
  record AtKeyword(String keyword, float width, float height) implements PlacementRequest {
    public AtKeyword {
      Objects.requireNonNull(keyword, "keyword");
      if (keyword.isBlank()) {
        throw InvalidPlacementException.malformed(
            ProblemText.of("problem.invalid-placement.blank-keyword"));
      }
      if (!(width > 0) || !(height > 0) || !Float.isFinite(width * height)) {
        throw InvalidPlacementException.malformed(
            ProblemText.of(
                "problem.invalid-placement.size", String.valueOf(width), String.valueOf(height)));
      }
    }
  }

  /**
   * The seal fills an existing, not yet signed signature field; its annotation takes the field's
   * box (none if the field has no visible widget).
   *
   * @param name the field's fully qualified name
   */
  record InField(String name) implements PlacementRequest {
    public InField {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw InvalidPlacementException.malformed(
            ProblemText.of("problem.invalid-placement.blank-field"));
      }
    }
  }

  static PlacementRequest invisible() {
    return new Invisible();
  }

  static PlacementRequest at(Placement placement) {
    return new AtCoordinates(placement);
  }

  /** At the keyword, in a box of the default size. */
  static PlacementRequest atKeyword(String keyword) {
    return new AtKeyword(keyword, DEFAULT_WIDTH, DEFAULT_HEIGHT);
  }

  static PlacementRequest inField(String name) {
    return new InField(name);
  }
}
