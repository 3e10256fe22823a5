package org.paraph.documents.domain;

import java.util.List;
import java.util.Optional;

/**
 * What the portal needs to know about a readable PDF before sealing it.
 *
 * @param pages the displayed size of each page, first page first
 * @param signed whether the file already holds at least one signature or document timestamp
 */
public record PdfSummary(List<PageSize> pages, boolean signed) {

  public PdfSummary {
    pages = List.copyOf(pages);
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("a PDF summary needs at least one page");
    }
  }

  public int pageCount() {
    return pages.size();
  }

  /** The size of the page with the given 1-based number, if the document has it. */
  public Optional<PageSize> page(int number) {
    if (number < 1 || number > pages.size()) {
      return Optional.empty();
    }
    return Optional.of(pages.get(number - 1));
  }
}
