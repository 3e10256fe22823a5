package org.paraph.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.paraph.identity.domain.User;
import org.paraph.identity.domain.UserRepository;

@ApplicationScoped
public class JpaUserRepository implements UserRepository {

  @PersistenceContext(unitName = "paraph")
  EntityManager em;

  @Override
  public Optional<User> findByUsername(String username) {
    return em.createNamedQuery(User.BY_USERNAME, User.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<User> all() {
    return em.createNamedQuery(User.ALL, User.class).getResultList();
  }

  @Override
  public void add(User user) {
    em.persist(user);
  }

  @Override
  public long count() {
    return em.createQuery("select count(u) from User u", Long.class).getSingleResult();
  }
}
