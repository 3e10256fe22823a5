package org.paraph.seals.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;

/** The sealed file of a record whose documents were not kept: it cannot be downloaded again. */
public final class DocumentsNotKeptException extends PortalException {

  public DocumentsNotKeptException(String recordId) {
    super(
        FailureKind.GONE,
        "documents-not-kept",
        ProblemText.of("problem.documents-not-kept", recordId));
  }
}
