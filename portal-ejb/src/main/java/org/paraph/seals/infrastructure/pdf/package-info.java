/**
 * PAdES's fast path at the level of the PDF file: {@link
 * org.paraph.seals.infrastructure.pdf.IncrementalPadesSealer} writes one incremental update by hand
 * ({@link org.paraph.seals.infrastructure.pdf.IncrementalUpdate}), and {@link
 * org.paraph.seals.infrastructure.pdf.PdfStructureReader} reads only the objects an invisible seal
 * touches.
 */
package org.paraph.seals.infrastructure.pdf;
