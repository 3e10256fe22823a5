package org.paraph.documents.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;

/** A document given by address could not or may not be fetched. */
public class RemoteDocumentException extends PortalException {

  private static final String TYPE = "document-not-fetched";

  private RemoteDocumentException(ProblemText text) {
    super(FailureKind.UNPROCESSABLE, TYPE, text);
  }

  /** The portal does not connect to the address: {@code why} is the outbound policy's reason. */
  public static RemoteDocumentException refused(ProblemText why) {
    return new RemoteDocumentException(ProblemText.of("problem.document-not-fetched.refused", why));
  }

  /** The address answered, but not with the document. */
  public static RemoteDocumentException answered(String url, int status) {
    return new RemoteDocumentException(
        ProblemText.of("problem.document-not-fetched.status", url, status));
  }

  /**
   * @param reason the network's failure, in the words of the HTTP client
   */
  public static RemoteDocumentException failed(String url, String reason) {
    return new RemoteDocumentException(
        ProblemText.of("problem.document-not-fetched.failed", url, reason));
  }
}
