package org.paraph.seals.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.paraph.seals.domain.SealRecord;
import org.paraph.seals.domain.SealRecordRepository;

/** A record repository that finds nothing; tests override what they watch. */
class NoSealRecords implements SealRecordRepository {

  @Override
  public void add(SealRecord record) {
    throw new UnsupportedOperationException("no seal is applied here");
  }

  @Override
  public Optional<SealRecord> find(UUID id) {
    return Optional.empty();
  }

  @Override
  public List<SealRecord> latest(int maxResults) {
    return List.of();
  }

  @Override
  public List<SealRecord> latestBy(String actorName, int maxResults) {
    return List.of();
  }

  @Override
  public Map<UUID, Long> storedBytesBySeal() {
    return Map.of();
  }
}
