/**
 * What the portal knows about an uploaded document without DSS or PDFBox types: its {@link
 * org.paraph.documents.domain.PdfSummary summary} (pages and their displayed sizes, existing
 * signatures), why a file is refused ({@link
 * org.paraph.documents.domain.InvalidDocumentException}), and the ports that read PDFs ({@link
 * org.paraph.documents.domain.PdfReader}) and fetch documents given by address ({@link
 * org.paraph.documents.domain.DocumentFetcher}).
 */
package org.paraph.documents.domain;
