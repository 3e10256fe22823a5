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
import org.paraph.audit.domain.AuditAction;
import org.paraph.audit.domain.AuditChain;
import org.paraph.audit.domain.AuditChainHead;
import org.paraph.audit.domain.AuditEvent;
import org.paraph.audit.domain.AuditFilter;
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

  /** The events that match, the most recent first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AuditEvent> search(AuditFilter filter, int maxResults) {
    StringBuilder query = new StringBuilder("select e from AuditEvent e where 1 = 1");
    java.util.Map<String, Object> parameters = new java.util.HashMap<>();
    if (present(filter.workflow())) {
      query.append(" and lower(e.subject) like :workflow");
      parameters.put("workflow", "%" + filter.workflow().strip().toLowerCase() + "%");
    }
    if (present(filter.participant())) {
      query.append(" and (lower(e.details) like :who or lower(e.actorName) like :who)");
      parameters.put("who", "%" + filter.participant().strip().toLowerCase() + "%");
    }
    if (present(filter.action())) {
      query.append(" and e.action = :action");
      parameters.put("action", filter.action().strip());
    }
    if (filter.from() != null) {
      query.append(" and e.occurredAt >= :from");
      parameters.put("from", filter.from());
    }
    if (filter.to() != null) {
      query.append(" and e.occurredAt < :to");
      parameters.put("to", filter.to());
    }
    query.append(" order by e.sequenceNumber desc");
    var typed = em.createQuery(query.toString(), AuditEvent.class).setMaxResults(maxResults);
    parameters.forEach(typed::setParameter);
    return typed.getResultList();
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  /** Every event about one subject (a workflow, a document), oldest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AuditEvent> about(String subject) {
    return em.createQuery(
            "select e from AuditEvent e where e.subject = :subject order by e.sequenceNumber",
            AuditEvent.class)
        .setParameter("subject", subject)
        .getResultList();
  }

  /**
   * Walks the chain for someone who asked, and records that they did and what came out: a check is
   * itself part of what an auditor must be able to show.
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public Optional<ChainBreak> verifyChainFor(Actor actor) {
    Optional<ChainBreak> broken = verifyChain();
    record(
        actor,
        AuditAction.AUDIT_CHAIN_VERIFIED,
        "audit log",
        broken
            .map(b -> "broken at event " + b.sequenceNumber() + ": " + b.reason())
            .orElse("intact"));
    return broken;
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
