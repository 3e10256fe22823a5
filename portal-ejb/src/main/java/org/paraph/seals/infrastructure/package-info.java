/**
 * Sealing with EU DSS and PDFBox: {@link org.paraph.seals.infrastructure.PadesSealer} produces
 * PAdES baseline seals as incremental updates, with an optional visible annotation drawn in a
 * standard (non-embedded) font.
 */
package org.paraph.seals.infrastructure;
