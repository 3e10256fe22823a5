package org.paraph.documents.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;

/** A document given by address could not or may not be fetched. */
public class RemoteDocumentException extends PortalException {

  public RemoteDocumentException(String message) {
    super(FailureKind.UNPROCESSABLE, "document-not-fetched", message);
  }
}
