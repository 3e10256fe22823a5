package org.paraph.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Startup;

/**
 * The portal has started: its probes are registered. Liveness and start-up both, so that an
 * orchestrator waits for it and restarts a server whose portal failed to deploy; whether the portal
 * can serve now is readiness's question.
 */
@Liveness
@Startup
@ApplicationScoped
public class PortalStartedCheck implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("portal").status(Probes.any()).build();
  }
}
