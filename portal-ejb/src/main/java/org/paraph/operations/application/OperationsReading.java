package org.paraph.operations.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.paraph.messaging.domain.OutboxBacklog;
import org.paraph.seals.domain.SealJobBacklog;
import org.paraph.workflows.domain.WorkflowState;

/**
 * What the portal's gauges show, read from the database at one moment: the same for every node of a
 * cluster, unlike the counters, which each node keeps of its own requests.
 */
public record OperationsReading(
    Instant at,
    SealJobBacklog jobs,
    OutboxBacklog outbox,
    Map<WorkflowState, Long> workflows,
    long lockedLinks) {

  public OperationsReading {
    workflows = Map.copyOf(workflows);
  }

  /** Jobs due or running: the queue's depth. */
  public long jobQueueDepth() {
    return jobs.due() + jobs.running();
  }

  /** How long the oldest due job has waited, in seconds; 0 when none waits. */
  public double oldestJobAgeSeconds() {
    return ageSeconds(jobs.oldestDueSince());
  }

  /** How long the oldest message still to be sent has waited, in seconds; 0 when none. */
  public double oldestMessageAgeSeconds() {
    return ageSeconds(outbox.oldestPendingSince());
  }

  public long workflowsIn(WorkflowState state) {
    return workflows.getOrDefault(state, 0L);
  }

  private double ageSeconds(Optional<Instant> since) {
    return since.map(s -> Math.max(0, Duration.between(s, at).toMillis()) / 1000.0).orElse(0.0);
  }
}
