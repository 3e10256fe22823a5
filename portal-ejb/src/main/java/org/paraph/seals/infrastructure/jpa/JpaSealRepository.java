package org.paraph.seals.infrastructure.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealRepository;

@ApplicationScoped
public class JpaSealRepository implements SealRepository {

  @PersistenceContext(unitName = "paraph")
  EntityManager em;

  @Override
  public Optional<Seal> organisationDefault() {
    return em.createNamedQuery(Seal.ORGANISATION_DEFAULT, Seal.class).getResultStream().findFirst();
  }

  @Override
  public Optional<Seal> findByName(String name) {
    return em.createNamedQuery(Seal.BY_NAME, Seal.class)
        .setParameter("name", name)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Seal> find(UUID id) {
    return Optional.ofNullable(em.find(Seal.class, id));
  }

  @Override
  public Optional<Seal> lastRetiredNamed(String name) {
    return em.createNamedQuery(Seal.RETIRED_NAMED, Seal.class)
        .setParameter("name", name)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Seal> inService() {
    return em.createNamedQuery(Seal.IN_SERVICE, Seal.class).getResultList();
  }

  @Override
  public List<Seal> all() {
    return em.createNamedQuery(Seal.ALL, Seal.class).getResultList();
  }

  @Override
  public List<Seal> ownedBy(String username) {
    return em.createNamedQuery(Seal.OWNED_BY, Seal.class)
        .setParameter("owner", username)
        .getResultList();
  }

  @Override
  public void add(Seal seal) {
    em.persist(seal);
  }
}
