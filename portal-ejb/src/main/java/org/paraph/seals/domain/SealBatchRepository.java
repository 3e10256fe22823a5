package org.paraph.seals.domain;

import java.util.Optional;
import java.util.UUID;

/** The seal batches handed in. */
public interface SealBatchRepository {

  void add(SealBatch batch);

  Optional<SealBatch> find(UUID id);
}
