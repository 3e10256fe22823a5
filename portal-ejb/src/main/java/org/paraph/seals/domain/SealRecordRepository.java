package org.paraph.seals.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The history of seals applied. */
public interface SealRecordRepository {

  void add(SealRecord record);

  Optional<SealRecord> find(UUID id);

  /** The most recent records first. */
  List<SealRecord> latest(int maxResults);

  /** The most recent records caused by this person or process first. */
  List<SealRecord> latestBy(String actorName, int maxResults);

  /**
   * How many bytes of documents each seal's records keep (originals and sealed files), by seal id;
   * a seal without any kept document is absent.
   */
  Map<UUID, Long> storedBytesBySeal();
}
