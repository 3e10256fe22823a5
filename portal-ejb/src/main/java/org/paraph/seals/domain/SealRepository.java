package org.paraph.seals.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where seals are kept. */
public interface SealRepository {

  Optional<Seal> organisationDefault();

  /** The seal in service under this name. */
  Optional<Seal> findByName(String name);

  /** The seal with this id, in service or retired. */
  Optional<Seal> find(UUID id);

  /** The most recently retired seal that had this name, for telling why it no longer seals. */
  Optional<Seal> lastRetiredNamed(String name);

  /** Every seal, the retired ones too (their certificates still anchor what they sealed). */
  List<Seal> all();

  /** The seals in service, by name. */
  List<Seal> inService();

  /** The personal seals in service of this user, by name. */
  List<Seal> ownedBy(String username);

  void add(Seal seal);
}
