package org.paraph.operations.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.paraph.messaging.domain.OutboxBacklog;
import org.paraph.seals.domain.SealJobBacklog;
import org.paraph.workflows.domain.WorkflowState;

class OperationsReadingTest {

  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  @Test
  void theQueueDepthIsWhatIsDueAndRunningAndAgesCountFromTheOldest() {
    OperationsReading reading =
        new OperationsReading(
            NOW,
            new SealJobBacklog(3, 2, Optional.of(NOW.minusSeconds(90))),
            new OutboxBacklog(4, Optional.of(NOW.minusMillis(2500)), 1),
            Map.of(WorkflowState.IN_PROGRESS, 7L),
            2);

    assertEquals(5, reading.jobQueueDepth());
    assertEquals(90.0, reading.oldestJobAgeSeconds());
    assertEquals(2.5, reading.oldestMessageAgeSeconds());
    assertEquals(7, reading.workflowsIn(WorkflowState.IN_PROGRESS));
    assertEquals(0, reading.workflowsIn(WorkflowState.DECLINED), "a state without any is 0");
  }

  @Test
  void nothingWaitingIsAnAgeOfZeroAndAClockBehindTheQueueIsNoNegativeAge() {
    OperationsReading idle =
        new OperationsReading(
            NOW,
            new SealJobBacklog(0, 0, Optional.empty()),
            new OutboxBacklog(0, Optional.empty(), 0),
            Map.of(),
            0);
    assertEquals(0.0, idle.oldestJobAgeSeconds());
    assertEquals(0.0, idle.oldestMessageAgeSeconds());

    // A job scheduled a little ahead of this node's clock has not waited yet.
    OperationsReading ahead =
        new OperationsReading(
            NOW,
            new SealJobBacklog(1, 0, Optional.of(NOW.plusSeconds(3))),
            new OutboxBacklog(0, Optional.empty(), 0),
            Map.of(),
            0);
    assertEquals(0.0, ahead.oldestJobAgeSeconds());
  }
}
