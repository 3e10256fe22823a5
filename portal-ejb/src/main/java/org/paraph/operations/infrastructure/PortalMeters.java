package org.paraph.operations.infrastructure;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.paraph.operations.application.OperationsReading;
import org.paraph.operations.application.OperationsReadings;
import org.paraph.operations.application.SealStoredBytes;
import org.paraph.workflows.domain.WorkflowState;

/**
 * The gauges read from the database (seal-job queue, outbox, workflows by state, locked links) and
 * the JVM's own meters, registered at start. A scrape reads the database once: the gauges share one
 * reading, kept a few seconds. They are read from the endpoint's threads through this bean's
 * business methods, so that the reading runs in the portal's context with a transaction of its own.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PortalMeters {

  private static final Logger LOG = Logger.getLogger(PortalMeters.class.getName());

  @Resource SessionContext context;
  @Inject MeterRegistry registry;
  @Inject PrometheusMeterRegistry prometheus;
  @Inject OperationsReadings readings;

  /**
   * This bean as the container calls it; a gauge holds its object weakly, so the bean holds it
   * strongly.
   */
  private PortalMeters self;

  private JvmGcMetrics gcMetrics;

  /** Long enough for one scrape to read every gauge from one reading. */
  private final RecentReading<OperationsReading> reading =
      new RecentReading<>(Duration.ofSeconds(5));

  /** The stored bytes sum every record: read every 15 seconds at most, whatever the scrapes. */
  private final RecentReading<List<SealStoredBytes>> storedBytes =
      new RecentReading<>(Duration.ofSeconds(15));

  private StoredBytesCollector storedBytesCollector;

  @PostConstruct
  void register() {
    new JvmMemoryMetrics().bindTo(registry);
    gcMetrics = new JvmGcMetrics();
    gcMetrics.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    new FileDescriptorMetrics().bindTo(registry);

    self = context.getBusinessObject(PortalMeters.class);
    gauge("paraph.seal.jobs.queued", "Seal jobs due or running", r -> r.jobQueueDepth());
    gauge(
        "paraph.seal.jobs.oldest.age",
        "How long the oldest due seal job has waited",
        OperationsReading::oldestJobAgeSeconds,
        "seconds");
    gauge("paraph.outbox.pending", "Messages waiting to be sent", r -> r.outbox().pending());
    gauge(
        "paraph.outbox.oldest.age",
        "How long the oldest message still to be sent has waited",
        OperationsReading::oldestMessageAgeSeconds,
        "seconds");
    gauge("paraph.outbox.failed", "Messages given up on", r -> r.outbox().failed());
    gauge(
        "paraph.participant.links.locked",
        "Participant links locked by wrong codes, in workflows in progress",
        OperationsReading::lockedLinks);
    for (WorkflowState state : WorkflowState.values()) {
      Gauge.builder("paraph.workflows", self, meters -> read(meters, r -> r.workflowsIn(state)))
          .description("Workflows by state")
          .tag("state", state.name().toLowerCase(Locale.ROOT))
          .register(registry);
    }
    storedBytesCollector = new StoredBytesCollector(() -> storedBytesOrNone(self));
    prometheus.getPrometheusRegistry().register(storedBytesCollector);
  }

  @PreDestroy
  void close() {
    if (storedBytesCollector != null) {
      prometheus.getPrometheusRegistry().unregister(storedBytesCollector);
    }
    if (gcMetrics != null) {
      gcMetrics.close();
    }
  }

  /** The reading the gauges show: the last one if it is recent, else a new one. */
  public OperationsReading reading() {
    return reading.get(readings::read);
  }

  /** The bytes each seal's records keep: the last reading if recent, else a new one. */
  public List<SealStoredBytes> storedBytes() {
    return storedBytes.get(readings::storedBytes);
  }

  private static List<SealStoredBytes> storedBytesOrNone(PortalMeters meters) {
    try {
      return meters.storedBytes();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "No reading of the stored bytes for the metrics", e);
      return List.of();
    }
  }

  private static double read(PortalMeters meters, ToDoubleFunction<OperationsReading> value) {
    try {
      return value.applyAsDouble(meters.reading());
    } catch (RuntimeException e) {
      // The database is away: the gauges say "no value" and readiness says why.
      LOG.log(Level.FINE, "No reading for the metrics", e);
      return Double.NaN;
    }
  }

  private void gauge(
      String name,
      String description,
      ToDoubleFunction<OperationsReading> value,
      String... baseUnit) {
    Gauge.Builder<PortalMeters> builder =
        Gauge.builder(name, self, meters -> read(meters, value)).description(description);
    if (baseUnit.length > 0) {
      builder.baseUnit(baseUnit[0]);
    }
    builder.register(registry);
  }
}
