package org.paraph.operations.infrastructure;

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
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paraph.health.Probe;
import org.paraph.health.ProbeResult;
import org.paraph.health.Probes;
import org.paraph.operations.application.DataDirectoryHealth;
import org.paraph.operations.application.SealJobsHealth;
import org.paraph.seals.domain.SealJobRepository;
import org.paraph.shared.application.PortalConfig;

/**
 * Puts the portal's probes where WildFly's health checks find them ({@link Probes}), at start, and
 * takes them away at undeploy. The checks call from the management interface's threads: each probe
 * goes through this bean's business methods, so that it runs in the portal's own context
 * (persistence, naming), without a transaction, and concurrently.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HealthProbes {

  private static final List<String> NAMES = List.of("database", "data-directory", "seal-jobs");

  @Resource(lookup = "java:jboss/datasources/ParaphDS")
  DataSource dataSource;

  @Resource SessionContext context;
  @Inject SealJobRepository jobs;
  @Inject PortalConfig config;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "paraph.health.max.job.wait", defaultValue = "PT10M")
  String maxJobWait;

  @PostConstruct
  void register() {
    HealthProbes self = context.getBusinessObject(HealthProbes.class);
    Probes.register(probe("database", self::database));
    Probes.register(probe("data-directory", self::dataDirectory));
    Probes.register(probe("seal-jobs", self::sealJobs));
  }

  @PreDestroy
  void unregister() {
    NAMES.forEach(Probes::unregister);
  }

  public ProbeResult database() {
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.isValid(5)) {
        return ProbeResult.down("a connection from the pool is not valid");
      }
      return ProbeResult.up(Map.of("database", connection.getMetaData().getDatabaseProductName()));
    } catch (SQLException e) {
      return ProbeResult.down("no connection: " + e.getMessage());
    }
  }

  public ProbeResult dataDirectory() {
    return DataDirectoryHealth.of(config.dataDirectory());
  }

  public ProbeResult sealJobs() {
    return SealJobsHealth.of(
        jobs.backlog(clock.instant()), clock.instant(), Duration.parse(maxJobWait));
  }

  private static Probe probe(String name, Supplier<ProbeResult> check) {
    return new Probe() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public ProbeResult check() {
        return check.get();
      }
    };
  }
}
