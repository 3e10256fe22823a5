package org.paraph.operations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.paraph.messaging.domain.OutboxRepository;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealJobRepository;
import org.paraph.seals.domain.SealRecordRepository;
import org.paraph.seals.domain.SealRepository;
import org.paraph.workflows.domain.WorkflowCounts;

/** Reads what the gauges show, in one read-only transaction. */
@ApplicationScoped
public class OperationsReadings {

  @Inject SealJobRepository jobs;
  @Inject OutboxRepository outbox;
  @Inject WorkflowCounts workflows;
  @Inject Clock clock;
  @Inject SealRecordRepository sealRecords;
  @Inject SealRepository seals;

  @Transactional
  public OperationsReading read() {
    Instant now = clock.instant();
    return new OperationsReading(
        now, jobs.backlog(now), outbox.backlog(), workflows.byState(), workflows.lockedLinks());
  }

  /**
   * The bytes each seal's records keep, retired seals included (their records keep documents
   * still). A sum over every record: read less often than the gauges above.
   */
  @Transactional
  public List<SealStoredBytes> storedBytes() {
    return sealRecords.storedBytesBySeal().entrySet().stream()
        .map(
            stored ->
                new SealStoredBytes(
                    stored.getKey(),
                    seals.find(stored.getKey()).map(Seal::name).orElse(""),
                    stored.getValue()))
        .toList();
  }
}
