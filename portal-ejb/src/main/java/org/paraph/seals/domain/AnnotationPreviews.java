package org.paraph.seals.domain;

/**
 * What a seal's visible annotation will look like, as a picture, drawn by the same code as real
 * seals. Implemented in {@code seals.infrastructure.annotation}.
 */
public interface AnnotationPreviews {

  /**
   * The annotation a seal with {@code options} would show in a box of that placement's size, as a
   * PNG image on white.
   *
   * @throws InvalidPlacementException when the box is too small for the text
   */
  byte[] png(SealOptions options, Placement box);
}
