package org.paraph.seals.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import org.paraph.seals.domain.SealBatch;
import org.paraph.seals.domain.SealBatchRepository;

@ApplicationScoped
public class JpaSealBatchRepository implements SealBatchRepository {

  @PersistenceContext(unitName = "paraph")
  EntityManager em;

  @Override
  public void add(SealBatch batch) {
    em.persist(batch);
  }

  @Override
  public Optional<SealBatch> find(UUID id) {
    return Optional.ofNullable(em.find(SealBatch.class, id));
  }
}
