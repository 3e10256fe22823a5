/**
 * What the portal knows about an uploaded document without DSS or PDFBox types: its {@link
 * org.paraph.documents.domain.PdfSummary summary} (pages and their displayed sizes, existing
 * signatures) and why a file is refused ({@link
 * org.paraph.documents.domain.InvalidDocumentException}).
 */
package org.paraph.documents.domain;
