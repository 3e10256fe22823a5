package org.paraph.web.workflows;

import java.io.Serializable;
import java.util.List;
import org.paraph.documents.domain.PageSize;

/** A PDF added to a {@link WorkflowDraft}, with its page sizes. */
public record DraftDocument(String name, byte[] content, List<PageSize> pages)
    implements Serializable {}
