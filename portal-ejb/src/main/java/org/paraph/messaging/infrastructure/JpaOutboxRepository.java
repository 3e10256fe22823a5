package org.paraph.messaging.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.paraph.messaging.domain.OutboxBacklog;
import org.paraph.messaging.domain.OutboxMessage;
import org.paraph.messaging.domain.OutboxRepository;

@ApplicationScoped
public class JpaOutboxRepository implements OutboxRepository {

  @PersistenceContext(unitName = "paraph")
  EntityManager em;

  @Override
  public void add(OutboxMessage message) {
    em.persist(message);
  }

  @Override
  public List<UUID> due(Instant now, int maxResults) {
    return em.createNamedQuery(OutboxMessage.DUE, UUID.class)
        .setParameter("pending", OutboxMessage.State.PENDING)
        .setParameter("now", now)
        .setMaxResults(maxResults)
        .getResultList();
  }

  @Override
  public boolean claim(UUID id, Instant now, Instant leaseEnd) {
    return em.createNamedQuery(OutboxMessage.CLAIM)
            .setParameter("id", id)
            .setParameter("pending", OutboxMessage.State.PENDING)
            .setParameter("now", now)
            .setParameter("leaseEnd", leaseEnd)
            .executeUpdate()
        == 1;
  }

  @Override
  public Optional<OutboxMessage> find(UUID id) {
    return Optional.ofNullable(em.find(OutboxMessage.class, id));
  }

  @Override
  public List<OutboxMessage> notSent(int maxResults) {
    return em.createNamedQuery(OutboxMessage.NOT_SENT, OutboxMessage.class)
        .setParameter("sent", OutboxMessage.State.SENT)
        .setMaxResults(maxResults)
        .getResultList();
  }

  @Override
  public List<OutboxMessage> sent(int maxResults) {
    return em.createNamedQuery(OutboxMessage.SENT, OutboxMessage.class)
        .setParameter("sent", OutboxMessage.State.SENT)
        .setMaxResults(maxResults)
        .getResultList();
  }

  @Override
  public OutboxBacklog backlog() {
    Object[] pending =
        em.createQuery(
                "select count(m), min(m.createdAt) from OutboxMessage m where m.state = :pending",
                Object[].class)
            .setParameter("pending", OutboxMessage.State.PENDING)
            .getSingleResult();
    long failed =
        em.createQuery("select count(m) from OutboxMessage m where m.state = :failed", Long.class)
            .setParameter("failed", OutboxMessage.State.FAILED)
            .getSingleResult();
    return new OutboxBacklog(
        ((Number) pending[0]).longValue(), Optional.ofNullable((Instant) pending[1]), failed);
  }
}
