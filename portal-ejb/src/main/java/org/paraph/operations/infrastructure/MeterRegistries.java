package org.paraph.operations.infrastructure;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;

/**
 * The portal's one metrics registry, in the Prometheus format. The portal keeps its own rather than
 * WildFly's micrometer subsystem, whose Prometheus registry is still a "community" feature in
 * WildFly 39 (the server would have to run below its default stability level). Code that counts
 * injects {@link MeterRegistry}; only the endpoint needs to know it is Prometheus's.
 */
@ApplicationScoped
public class MeterRegistries {

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  // Dependent: the registry is a class without a no-argument constructor, which a normal scope's
  // proxy would need; this bean's scope already makes it one for the application.
  @Produces
  MeterRegistry meterRegistry() {
    return registry;
  }

  // Only as itself: as a MeterRegistry too, it would be ambiguous with the producer above.
  @Produces
  @Typed(PrometheusMeterRegistry.class)
  PrometheusMeterRegistry prometheusRegistry() {
    return registry;
  }

  @PreDestroy
  void close() {
    registry.close();
  }
}
