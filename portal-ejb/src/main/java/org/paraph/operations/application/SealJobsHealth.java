package org.paraph.operations.application;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.paraph.health.ProbeResult;
import org.paraph.seals.domain.SealJobBacklog;

/**
 * Whether the seal-job queue is worked off. A backlog is normal under load; a due job that waited
 * longer than the limit means the workers are stuck or too few, and a node that takes more batches
 * then only makes it worse: it is not ready.
 */
public final class SealJobsHealth {

  private SealJobsHealth() {}

  public static ProbeResult of(SealJobBacklog backlog, Instant now, Duration maxWait) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("due", backlog.due());
    data.put("running", backlog.running());
    long waited =
        backlog
            .oldestDueSince()
            .map(since -> Math.max(0, Duration.between(since, now).toSeconds()))
            .orElse(0L);
    data.put("oldestDueWaitSeconds", waited);
    data.put("maxWaitSeconds", maxWait.toSeconds());
    if (waited > maxWait.toSeconds()) {
      data.put(
          "reason",
          "a seal job has waited "
              + waited
              + " s, more than the "
              + maxWait.toSeconds()
              + " s allowed (PARAPH_HEALTH_MAX_JOB_WAIT): are the workers stuck?");
      return ProbeResult.down(data);
    }
    return ProbeResult.up(data);
  }
}
