package org.paraph.seals.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.paraph.seals.domain.SealJob;
import org.paraph.seals.domain.SealJobBacklog;
import org.paraph.seals.domain.SealJobRepository;
import org.paraph.seals.domain.SealJobState;

/**
 * The job queue in the portal's database. A claim is one conditional UPDATE: it matches only while
 * the job is still due, and it bumps the row version, so on PostgreSQL and H2 alike two nodes (or
 * two threads) claiming the same job cannot both succeed: the second waits for the first's row
 * lock, then finds the job no longer due. No lock is held while a document is sealed.
 *
 * <p>{@code SELECT ... FOR UPDATE SKIP LOCKED} would work too (PostgreSQL, and H2 2.2.224 when
 * tried), but needs a provider-specific lock hint in JPQL; the conditional update is plain JPQL,
 * and the row version it bumps is also what refuses a late result after a takeover.
 */
@ApplicationScoped
public class JpaSealJobRepository implements SealJobRepository {

  private static final String DUE =
      "(j.state = :pending and j.notBefore <= :now)"
          + " or (j.state = :running and j.lockedUntil < :now)";

  @PersistenceContext(unitName = "paraph")
  EntityManager em;

  @Override
  public void add(SealJob job) {
    em.persist(job);
  }

  @Override
  public Optional<SealJob> find(UUID id) {
    return Optional.ofNullable(em.find(SealJob.class, id));
  }

  @Override
  public List<UUID> due(Instant now, int maxResults) {
    return em.createQuery(
            "select j.id from SealJob j where " + DUE + " order by j.createdAt, j.position",
            UUID.class)
        .setParameter("pending", SealJobState.PENDING)
        .setParameter("running", SealJobState.RUNNING)
        .setParameter("now", now)
        .setMaxResults(maxResults)
        .getResultList();
  }

  @Override
  public boolean claim(UUID id, String node, UUID token, Instant now, Instant leaseUntil) {
    int updated =
        em.createQuery(
                "update SealJob j set j.state = :running, j.lockedBy = :node, j.lockToken = :token,"
                    + " j.lockedUntil = :until, j.attempts = j.attempts + 1, j.updatedAt = :now,"
                    + " j.rowVersion = j.rowVersion + 1"
                    + " where j.id = :id and ("
                    + DUE
                    + ")")
            .setParameter("pending", SealJobState.PENDING)
            .setParameter("running", SealJobState.RUNNING)
            .setParameter("node", node)
            .setParameter("token", token)
            .setParameter("until", leaseUntil)
            .setParameter("now", now)
            .setParameter("id", id)
            .executeUpdate();
    return updated == 1;
  }

  @Override
  public int release(String node, Instant now) {
    return em.createQuery(
            "update SealJob j set j.state = :pending, j.lockedBy = null, j.lockToken = null,"
                + " j.lockedUntil = null, j.notBefore = :now, j.updatedAt = :now,"
                + " j.rowVersion = j.rowVersion + 1"
                + " where j.state = :running and j.lockedBy = :node")
        .setParameter("pending", SealJobState.PENDING)
        .setParameter("running", SealJobState.RUNNING)
        .setParameter("node", node)
        .setParameter("now", now)
        .executeUpdate();
  }

  @Override
  public List<SealJob> ofBatch(UUID batchId) {
    return em.createQuery(
            "select j from SealJob j where j.batchId = :batch order by j.position", SealJob.class)
        .setParameter("batch", batchId)
        .getResultList();
  }

  @Override
  public SealJobBacklog backlog(Instant now) {
    Object[] due =
        em.createQuery(
                "select count(j), min(j.notBefore) from SealJob j where " + DUE, Object[].class)
            .setParameter("pending", SealJobState.PENDING)
            .setParameter("running", SealJobState.RUNNING)
            .setParameter("now", now)
            .getSingleResult();
    long running =
        em.createQuery(
                "select count(j) from SealJob j where j.state = :running and j.lockedUntil >= :now",
                Long.class)
            .setParameter("running", SealJobState.RUNNING)
            .setParameter("now", now)
            .getSingleResult();
    return new SealJobBacklog(
        ((Number) due[0]).longValue(), running, Optional.ofNullable((Instant) due[1]));
  }
}
