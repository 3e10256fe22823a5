package org.paraph.audit.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
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
import org.paraph.shared.application.CurrentRequest;
import org.paraph.shared.domain.Actor;

/**
 * Appends events to the audit log and checks its chain. An event is written in the transaction of
 * the action it records, so an action that rolls back leaves no event and an event never exists
 * without its action. Events are linked into the chain as that transaction commits.
 */
@ApplicationScoped
public class AuditLog {

  @PersistenceContext(unitName = "paraph")
  EntityManager em;

  @Inject Clock clock;

  @Resource TransactionSynchronizationRegistry transactions;

  @Resource(lookup = "java:jboss/TransactionManager")
  TransactionManager transactionManager;

  @Inject CurrentRequest currentRequest;

  /**
   * Records an event in the current transaction. It is linked into the chain when the transaction
   * commits (see {@link PendingAuditEvents}), in the order the transaction recorded its events.
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public void record(Actor actor, String action, String subject, String details) {
    pendingInThisTransaction()
        .add(
            new PendingAuditEvents.PendingEvent(
                clock.instant(),
                actor,
                action,
                subject,
                details,
                currentRequest.id().orElse(null)));
  }

  /** For events whose cause fails or is rolled back, such as a refused login. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordAlone(Actor actor, String action, String subject, String details) {
    record(actor, action, subject, details);
  }

  private PendingAuditEvents pendingInThisTransaction() {
    PendingAuditEvents pending =
        (PendingAuditEvents) transactions.getResource(PendingAuditEvents.class);
    if (pending == null) {
      pending = new PendingAuditEvents(this::chain);
      try {
        // Not an interposed synchronization: those run after the persistence context's own
        // flush, and the events must be persisted before it.
        transactionManager.getTransaction().registerSynchronization(pending);
      } catch (RollbackException e) {
        // The transaction is bound to roll back, and its events would go with it anyway.
      } catch (SystemException e) {
        throw new IllegalStateException("The audit event cannot join its transaction", e);
      }
      transactions.putResource(PendingAuditEvents.class, pending);
    }
    return pending;
  }

  /** Links events after the head, holding its lock from here to the commit. */
  private void chain(List<PendingAuditEvents.PendingEvent> events) {
    AuditChainHead head =
        em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    for (PendingAuditEvents.PendingEvent e : events) {
      em.persist(
          AuditChain.next(
              head,
              e.occurredAt(),
              e.actor(),
              e.action(),
              e.subject(),
              e.details(),
              e.requestId()));
    }
    em.flush();
  }

  /** A reader in a transaction that has recorded events sees them too: they are chained first. */
  private void chainWhatThisTransactionRecorded() {
    if (transactions.getTransactionKey() == null) {
      return;
    }
    PendingAuditEvents pending =
        (PendingAuditEvents) transactions.getResource(PendingAuditEvents.class);
    if (pending != null) {
      pending.chainNow();
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AuditEvent> latest(int maxResults) {
    chainWhatThisTransactionRecorded();
    return em.createQuery(
            "select e from AuditEvent e order by e.sequenceNumber desc", AuditEvent.class)
        .setMaxResults(maxResults)
        .getResultList();
  }

  /** The events that match, the most recent first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AuditEvent> search(AuditFilter filter, int maxResults) {
    chainWhatThisTransactionRecorded();
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
    chainWhatThisTransactionRecorded();
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
    chainWhatThisTransactionRecorded();
    return AuditChain.verify(this::pagedEvents);
  }

  private java.util.Iterator<AuditEvent> pagedEvents() {
    return new PagedAuditEvents(em, 500);
  }
}
