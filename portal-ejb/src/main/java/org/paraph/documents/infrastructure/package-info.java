/**
 * PDFBox adapters for documents: {@link org.paraph.documents.infrastructure.PdfInspector} checks an
 * upload is a readable, unencrypted PDF, summarises its pages and renders page previews.
 */
package org.paraph.documents.infrastructure;
