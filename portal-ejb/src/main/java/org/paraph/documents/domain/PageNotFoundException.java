package org.paraph.documents.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;

/** A page number beyond the document, e.g. when asking for a page preview. */
public final class PageNotFoundException extends PortalException {

  public PageNotFoundException(int page, int pageCount) {
    super(
        FailureKind.NOT_FOUND,
        "page-not-found",
        "Page " + page + " does not exist: the document has " + pageCount + " page(s).");
  }
}
