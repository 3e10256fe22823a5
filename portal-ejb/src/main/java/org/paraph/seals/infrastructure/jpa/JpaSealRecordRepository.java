package org.paraph.seals.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  @Override
  public Map<UUID, Long> storedBytesBySeal() {
    Map<UUID, Long> bytes = new HashMap<>();
    // Two sums rather than one join on either version: each can use the version's primary key.
    for (String version : List.of("originalVersionId", "sealedVersionId")) {
      em.createQuery(
              "select r.sealId, sum(v.sizeBytes) from SealRecord r, DocumentVersion v"
                  + " where v.id = r."
                  + version
                  + " group by r.sealId",
              Object[].class)
          .getResultList()
          .forEach(row -> bytes.merge((UUID) row[0], ((Number) row[1]).longValue(), Long::sum));
    }
    return bytes;
  }
}
