package org.paraph.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.paraph.audit.domain.AuditChain;
import org.paraph.audit.domain.AuditChainHead;
import org.paraph.audit.domain.AuditEvent;
import org.paraph.audit.domain.ChainBreak;
import org.paraph.shared.domain.Actor;

/**
 * Appends events to the audit log and checks its chain. An event is written in the transaction of
 * the action it records, so an action that rolls back leaves no event and an event never exists
 * without its action.
 */
@ApplicationScoped
public class AuditLog {

  @PersistenceContext(unitName = "paraph")
  EntityManager em;

  @Inject Clock clock;

  @Transactional(Transactional.TxType.REQUIRED)
  public AuditEvent record(Actor actor, String action, String subject, String details) {
    AuditChainHead head =
        em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    AuditEvent event = AuditChain.next(head, clock.instant(), actor, action, subject, details);
    em.persist(event);
    return event;
  }

  /** For events whose cause fails or is rolled back, such as a refused login. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public AuditEvent recordAlone(Actor actor, String action, String subject, String details) {
    return record(actor, action, subject, details);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AuditEvent> latest(int maxResults) {
    return em.createQuery(
            "select e from AuditEvent e order by e.sequenceNumber desc", AuditEvent.class)
        .setMaxResults(maxResults)
        .getResultList();
  }

  /** Walks the whole chain in pages, so a long log is checked without loading it at once. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<ChainBreak> verifyChain() {
    return AuditChain.verify(this::pagedEvents);
  }

  private java.util.Iterator<AuditEvent> pagedEvents() {
    return new PagedAuditEvents(em, 500);
  }
}
