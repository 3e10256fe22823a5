package org.paraph.trust.domain;

import java.util.Optional;

/** Where the key material of the portal's own authorities is kept. */
public interface TrustAuthorityRepository {

  Optional<TrustAuthority> find(AuthorityRole role);

  void add(TrustAuthority authority);
}
