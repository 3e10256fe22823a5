package org.paraph.identity.domain;

import java.util.List;
import java.util.Optional;

/** Where users are kept. */
public interface UserRepository {

  Optional<User> findByUsername(String username);

  /** Every user, by user name. */
  List<User> all();

  void add(User user);

  long count();
}
