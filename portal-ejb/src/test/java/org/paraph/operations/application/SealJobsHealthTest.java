package org.paraph.operations.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.paraph.health.ProbeResult;
import org.paraph.seals.domain.SealJobBacklog;

class SealJobsHealthTest {

  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
  private static final Duration LIMIT = Duration.ofMinutes(10);

  @Test
  void anEmptyQueueIsReady() {
    ProbeResult result = SealJobsHealth.of(new SealJobBacklog(0, 0, Optional.empty()), NOW, LIMIT);

    assertTrue(result.up());
    assertEquals(0L, result.data().get("due"));
    assertEquals(0L, result.data().get("oldestDueWaitSeconds"));
    assertEquals(600L, result.data().get("maxWaitSeconds"));
  }

  @Test
  void aBacklogWorkedOffInTimeIsReadyAndSaysHowLargeItIs() {
    ProbeResult result =
        SealJobsHealth.of(
            new SealJobBacklog(250, 2, Optional.of(NOW.minus(Duration.ofMinutes(9)))), NOW, LIMIT);

    assertTrue(result.up());
    assertEquals(250L, result.data().get("due"));
    assertEquals(2L, result.data().get("running"));
    assertEquals(540L, result.data().get("oldestDueWaitSeconds"));
  }

  @Test
  void aJobWaitingPastTheLimitMakesTheNodeNotReadyAndSaysWhy() {
    ProbeResult result =
        SealJobsHealth.of(
            new SealJobBacklog(1, 0, Optional.of(NOW.minus(Duration.ofMinutes(11)))), NOW, LIMIT);

    assertFalse(result.up());
    assertEquals(660L, result.data().get("oldestDueWaitSeconds"));
    assertTrue(
        ((String) result.data().get("reason")).contains("PARAPH_HEALTH_MAX_JOB_WAIT"),
        result::toString);
  }

  @Test
  void aJobDueLaterThanNowHasNotWaited() {
    ProbeResult result =
        SealJobsHealth.of(new SealJobBacklog(1, 0, Optional.of(NOW.plusSeconds(30))), NOW, LIMIT);

    assertTrue(result.up());
    assertEquals(0L, result.data().get("oldestDueWaitSeconds"));
  }
}
