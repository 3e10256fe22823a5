package org.paraph.identity.domain;

import java.util.Optional;

/** Where users are kept. */
public interface UserRepository {

  Optional<User> findByUsername(String username);

  void add(User user);

  long count();
}
