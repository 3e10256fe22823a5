package org.paraph.operations.infrastructure;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.paraph.seals.application.SealMetrics;
import org.paraph.seals.application.SealResult;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealUse;

/**
 * Counts seals by seal, level, use and result ({@code paraph_seals_total}) and times them by use,
 * level and result ({@code paraph_seal_duration_seconds}, with buckets an operator can take
 * percentiles from). The seal's name is not in the duration: seals are few, but a histogram per
 * seal would multiply the series for little.
 */
@ApplicationScoped
public class MicrometerSealMetrics implements SealMetrics {

  private static final Duration[] BUCKETS = {
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofMillis(2500),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10),
    Duration.ofSeconds(30)
  };

  @Inject MeterRegistry registry;

  @Override
  public void record(
      SealUse use, String sealName, SealLevel level, SealResult result, Duration took) {
    String levelLabel = level == null ? "none" : level.label();
    Counter.builder("paraph.seals")
        .description("Attempts to seal, by seal, level, use (origin) and result (outcome)")
        .tag("seal", sealName)
        .tag("level", levelLabel)
        .tag("origin", use.code())
        .tag("outcome", result.code())
        .register(registry)
        .increment();
    Timer.builder("paraph.seal.duration")
        .description("How long sealing took, from the request's arrival in the service")
        .tag("level", levelLabel)
        .tag("origin", use.code())
        .tag("outcome", result.code())
        .serviceLevelObjectives(BUCKETS)
        .register(registry)
        .record(took);
  }
}
