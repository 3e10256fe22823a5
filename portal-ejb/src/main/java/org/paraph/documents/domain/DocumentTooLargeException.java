package org.paraph.documents.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;

/** The upload is larger than {@code PARAPH_MAX_UPLOAD_MB}. */
public class DocumentTooLargeException extends PortalException {

  public DocumentTooLargeException(int limitMegabytes) {
    super(
        FailureKind.TOO_LARGE,
        "document-too-large",
        ProblemText.of("problem.document-too-large", limitMegabytes));
  }
}
