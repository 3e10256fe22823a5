package org.paraph.documents.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;

/** A page number beyond the document, e.g. when asking for a page preview. */
public final class PageNotFoundException extends PortalException {

  public PageNotFoundException(int page, int pageCount) {
    super(
        FailureKind.NOT_FOUND,
        "page-not-found",
        ProblemText.of("problem.page-not-found", page, pageCount));
  }
}
