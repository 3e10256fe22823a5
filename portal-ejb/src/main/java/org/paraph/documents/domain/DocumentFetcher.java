package org.paraph.documents.domain;

/**
 * Fetches a document a client gives by address instead of uploading it. Implemented over HTTP in
 * {@code documents.infrastructure} ({@code RemoteDocumentFetcher}): http(s) only, through the
 * portal's outbound guard, no redirects, at most the upload limit.
 */
public interface DocumentFetcher {

  /**
   * The document's bytes.
   *
   * @throws RemoteDocumentException when the address is refused, cannot be reached or does not
   *     answer 200
   * @throws DocumentTooLargeException when the answer is larger than the upload limit
   */
  byte[] fetch(String url);
}
