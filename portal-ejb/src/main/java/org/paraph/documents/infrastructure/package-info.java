/**
 * PDFBox adapters for documents: {@link org.paraph.documents.infrastructure.PdfInspector} checks an
 * upload is a readable, unencrypted PDF, summarises its pages and renders page previews (the {@link
 * org.paraph.documents.domain.PdfReader} of the application). {@link
 * org.paraph.documents.infrastructure.RemoteDocumentFetcher} fetches documents given by address
 * (the {@link org.paraph.documents.domain.DocumentFetcher}).
 */
package org.paraph.documents.infrastructure;
