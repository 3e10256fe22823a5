package org.paraph.seals.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.paraph.seals.domain.SealRecord;
import org.paraph.seals.domain.SealRecordRepository;

@ApplicationScoped
public class JpaSealRecordRepository implements SealRecordRepository {

  @PersistenceContext(unitName = "paraph")
  EntityManager em;

  @Override
  public void add(SealRecord record) {
    em.persist(record);
  }

  @Override
  public Optional<SealRecord> find(UUID id) {
    return Optional.ofNullable(em.find(SealRecord.class, id));
  }

  @Override
  public List<SealRecord> latest(int maxResults) {
    return em.createQuery("select r from SealRecord r order by r.createdAt desc", SealRecord.class)
        .setMaxResults(maxResults)
        .getResultList();
  }

  @Override
  public List<SealRecord> latestBy(String actorName, int maxResults) {
    return em.createQuery(
            "select r from SealRecord r where r.actorName = :actor order by r.createdAt desc",
            SealRecord.class)
        .setParameter("actor", actorName)
        .setMaxResults(maxResults)
        .getResultList();
  }
}
