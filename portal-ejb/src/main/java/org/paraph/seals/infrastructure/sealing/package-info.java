/**
 * The sealing engine, with EU DSS and PDFBox: {@link
 * org.paraph.seals.infrastructure.sealing.SealingEngine}, the application's {@link
 * org.paraph.seals.domain.DocumentSigner}, over {@link
 * org.paraph.seals.infrastructure.sealing.PadesSealing} and {@link
 * org.paraph.seals.infrastructure.sealing.CadesSealing} as the application uses them, {@link
 * org.paraph.seals.infrastructure.sealing.PadesSealer} producing PAdES baseline seals as
 * incremental updates (B-B and B-T by the fast path in {@code pdf} where it can, everything else by
 * DSS's own path) and {@link org.paraph.seals.infrastructure.sealing.CadesSealer} producing
 * detached CAdES baseline signatures.
 */
package org.paraph.seals.infrastructure.sealing;
