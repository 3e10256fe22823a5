package org.paraph.seals.application;

import java.time.Duration;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealUse;

/**
 * One attempt to seal, timed from its creation and counted once when it ends. Its duration is the
 * machine's elapsed time, not the portal's clock: a moved test clock must not make a seal slow.
 */
public final class SealAttempt {

  private final SealMetrics metrics;
  private final SealUse use;
  private final long startedNanos = System.nanoTime();
  private String sealName = SealMetrics.NO_SEAL;
  private SealLevel level;

  public SealAttempt(SealMetrics metrics, SealUse use, SealLevel askedLevel) {
    this.metrics = metrics;
    this.use = use;
    this.level = askedLevel;
  }

  /** The seal the attempt uses, once known; its default level when none was asked. */
  public void using(Seal seal) {
    sealName = seal.name();
    if (level == null) {
      level = seal.policy().defaultLevel();
    }
  }

  public void sealed(SealLevel applied, boolean degraded) {
    level = applied;
    record(degraded ? SealResult.DEGRADED : SealResult.SEALED);
  }

  /** Counts the failure and gives it back, for {@code throw attempt.failed(e)}. */
  public RuntimeException failed(RuntimeException failure) {
    record(SealResult.of(failure));
    return failure;
  }

  private void record(SealResult result) {
    metrics.record(
        use, sealName, level, result, Duration.ofNanos(System.nanoTime() - startedNanos));
  }
}
