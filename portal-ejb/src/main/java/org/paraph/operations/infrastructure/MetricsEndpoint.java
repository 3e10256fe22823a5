package org.paraph.operations.infrastructure;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.exporter.httpserver.HTTPServer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paraph.shared.domain.ConfigurationException;
import org.paraph.shared.domain.ProblemText;

/**
 * Serves the metrics in the Prometheus text format at {@code /metrics}, where the health probes
 * are: on the management interface's address (loopback unless the operator opens it), at the port
 * {@code PARAPH_METRICS_PORT} (bin/paraph.sh: the HTTP port + 1911), never on the public listener.
 * Prometheus's own small HTTP server does it: WildFly's management interface takes no application
 * content, and a servlet on the public port would have to tell the operator's scraper from the
 * public behind a proxy.
 */
@Singleton
@Startup
public class MetricsEndpoint {

  private static final Logger LOG = Logger.getLogger(MetricsEndpoint.class.getName());

  @Inject PrometheusMeterRegistry registry;

  /** A port number, or {@code off}. */
  @Inject
  @ConfigProperty(name = "paraph.metrics.port", defaultValue = "9991")
  String port;

  // The management interface's own address (standalone.sh -bmanagement), loopback by default.
  @Inject
  @ConfigProperty(name = "jboss.bind.address.management", defaultValue = "127.0.0.1")
  String address;

  private HTTPServer server;

  @PostConstruct
  void start() {
    if ("off".equalsIgnoreCase(port.trim())) {
      LOG.info("Metrics are off (PARAPH_METRICS_PORT=off)");
      return;
    }
    int number = portNumber();
    try {
      server =
          HTTPServer.builder()
              .hostname(address)
              .port(number)
              .registry(registry.getPrometheusRegistry())
              .buildAndStart();
      LOG.info("Metrics at http://" + address + ":" + server.getPort() + "/metrics");
    } catch (IOException e) {
      // The portal works without its metrics; the operator reads why they are missing.
      LOG.log(
          Level.SEVERE,
          "Metrics are not served: "
              + address
              + ":"
              + number
              + " cannot be listened on (set PARAPH_METRICS_PORT to a free port, or off)",
          e);
    }
  }

  @PreDestroy
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private int portNumber() {
    try {
      int number = Integer.parseInt(port.trim());
      if (number > 0 && number < 65536) {
        return number;
      }
    } catch (NumberFormatException e) {
      // told below
    }
    throw new ConfigurationException(
        ProblemText.of("problem.configuration.metrics-port", "PARAPH_METRICS_PORT", port));
  }
}
