package org.paraph.seals.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where seals are kept. */
public interface SealRepository {

  Optional<Seal> organisationDefault();

  Optional<Seal> findByName(String name);

  Optional<Seal> find(UUID id);

  List<Seal> all();

  /** The personal seals of this user, by name. */
  List<Seal> ownedBy(String username);

  void add(Seal seal);
}
