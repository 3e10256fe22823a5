package org.paraph.seals.domain;

import org.paraph.documents.domain.PdfSummary;

/**
 * Where a visible seal goes on one document: a keyword's first occurrence, or an empty signature
 * field and its box. Implemented with PDFBox in {@code seals.infrastructure.placement}.
 */
public interface SealPlacements {

  /**
   * The options with the placement the request comes to on this document.
   *
   * @param pdf a document that passed the {@link org.paraph.documents.domain.PdfReader}
   * @param summary its summary, from the reader; may be null when the request is invisible or at
   *     coordinates, which need no reading
   * @throws InvalidPlacementException {@code keyword-not-found}, {@code field-not-found} or {@code
   *     field-already-signed}
   */
  SealOptions resolve(
      byte[] pdf, PdfSummary summary, PlacementRequest request, SealOptions options);
}
