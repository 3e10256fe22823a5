package org.paraph.trust.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.paraph.trust.domain.AuthorityRole;
import org.paraph.trust.domain.TrustAuthority;
import org.paraph.trust.domain.TrustAuthorityRepository;

@ApplicationScoped
public class JpaTrustAuthorityRepository implements TrustAuthorityRepository {

  @PersistenceContext(unitName = "paraph")
  EntityManager em;

  @Override
  public Optional<TrustAuthority> find(AuthorityRole role) {
    return Optional.ofNullable(em.find(TrustAuthority.class, role));
  }

  @Override
  public void add(TrustAuthority authority) {
    em.persist(authority);
  }
}
