package org.paraph.documents.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;

/** The upload is larger than {@code PARAPH_MAX_UPLOAD_MB}. */
public class DocumentTooLargeException extends PortalException {

  public DocumentTooLargeException(int limitMegabytes) {
    super(
        FailureKind.TOO_LARGE,
        "document-too-large",
        "The document is larger than the limit of " + limitMegabytes + " MB");
  }
}
