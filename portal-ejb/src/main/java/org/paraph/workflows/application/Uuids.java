package org.paraph.workflows.application;

import java.util.Optional;
import java.util.UUID;

/** Identifiers as callers give them: anything that is not a UUID names nothing. */
final class Uuids {

  private Uuids() {}

  static Optional<UUID> parse(String id) {
    try {
      return Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }
}
