package org.paraph.audit.application;

import jakarta.persistence.EntityManager;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.paraph.audit.domain.AuditEvent;

/** Iterates over every audit event in sequence order, one page of events in memory at a time. */
final class PagedAuditEvents implements Iterator<AuditEvent> {

  private final EntityManager em;
  private final int pageSize;
  private List<AuditEvent> page = List.of();
  private int index;
  private long lastSequence;
  private boolean exhausted;

  PagedAuditEvents(EntityManager em, int pageSize) {
    this.em = em;
    this.pageSize = pageSize;
  }

  @Override
  public boolean hasNext() {
    if (index < page.size()) {
      return true;
    }
    if (exhausted) {
      return false;
    }
    em.clear();
    page =
        em.createQuery(
                "select e from AuditEvent e where e.sequenceNumber > :after order by e.sequenceNumber",
                AuditEvent.class)
            .setParameter("after", lastSequence)
            .setMaxResults(pageSize)
            .getResultList();
    index = 0;
    exhausted = page.size() < pageSize;
    return !page.isEmpty();
  }

  @Override
  public AuditEvent next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    AuditEvent event = page.get(index++);
    lastSequence = event.sequenceNumber();
    return event;
  }
}
