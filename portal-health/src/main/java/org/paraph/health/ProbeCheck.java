package org.paraph.health;

import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/** A health check that asks the probe of its name, or is down while the portal has not started. */
abstract class ProbeCheck implements HealthCheck {

  private final String name;

  ProbeCheck(String name) {
    this.name = name;
  }

  @Override
  public HealthCheckResponse call() {
    ProbeResult result = result(name);
    HealthCheckResponseBuilder response = HealthCheckResponse.named(name).status(result.up());
    for (Map.Entry<String, Object> value : result.data().entrySet()) {
      if (value.getValue() instanceof Long number) {
        response.withData(value.getKey(), number);
      } else if (value.getValue() instanceof Boolean yes) {
        response.withData(value.getKey(), yes);
      } else {
        response.withData(value.getKey(), String.valueOf(value.getValue()));
      }
    }
    return response.build();
  }

  /** The probe's answer; a probe that throws all the same is down with what it threw. */
  static ProbeResult result(String name) {
    return Probes.named(name)
        .map(
            probe -> {
              try {
                return probe.check();
              } catch (RuntimeException e) {
                return ProbeResult.down(e.getClass().getSimpleName() + ": " + e.getMessage());
              }
            })
        .orElse(ProbeResult.down("the portal has not started"));
  }
}
