/**
 * PDFBox adapters for documents: {@link org.paraph.documents.infrastructure.PdfInspector} checks an
 * upload is a readable, unencrypted PDF, summarises its pages and renders page previews (the {@link
 * org.paraph.documents.domain.PdfReader} of the application).
 */
package org.paraph.documents.infrastructure;
