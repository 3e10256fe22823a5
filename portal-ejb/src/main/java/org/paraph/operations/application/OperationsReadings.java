package org.paraph.operations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.paraph.messaging.domain.OutboxRepository;
import org.paraph.seals.domain.SealJobRepository;
import org.paraph.workflows.domain.WorkflowCounts;

/** Reads what the gauges show, in one read-only transaction. */
@ApplicationScoped
public class OperationsReadings {

  @Inject SealJobRepository jobs;
  @Inject OutboxRepository outbox;
  @Inject WorkflowCounts workflows;
  @Inject Clock clock;

  @Transactional
  public OperationsReading read() {
    Instant now = clock.instant();
    return new OperationsReading(
        now, jobs.backlog(now), outbox.backlog(), workflows.byState(), workflows.lockedLinks());
  }
}
