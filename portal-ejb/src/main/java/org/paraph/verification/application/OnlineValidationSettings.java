package org.paraph.verification.application;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paraph.shared.infrastructure.OutboundGuard;
import org.paraph.verification.infrastructure.ValidationDataFetcher;

/**
 * Whether the verifier fetches what an uploaded signature's certificates name (OCSP answers, CRLs,
 * issuer certificates), and within which limits. One fetcher for the application, so that its cache
 * serves every verification. README.md lists the variables.
 */
@ApplicationScoped
public class OnlineValidationSettings {

  private static final Logger LOG = Logger.getLogger(OnlineValidationSettings.class.getName());

  /** Long enough for a burst of verifications, short next to an OCSP answer's validity. */
  private static final Duration CACHE_TIME = Duration.ofMinutes(5);

  @Inject
  @ConfigProperty(name = "paraph.verify.online", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "paraph.verify.timeout.seconds", defaultValue = "5")
  int timeoutSeconds;

  @Inject OutboundGuard guard;

  @Inject Clock clock;

  private ValidationDataFetcher fetcher;

  /** The fetcher, or empty when the verifier is to fetch nothing. */
  public synchronized Optional<ValidationDataFetcher> fetcher() {
    if (!enabled) {
      return Optional.empty();
    }
    if (fetcher == null) {
      fetcher =
          new ValidationDataFetcher(
              Duration.ofSeconds(Math.max(1, timeoutSeconds)),
              ValidationDataFetcher.DEFAULT_MAX_BYTES,
              CACHE_TIME,
              guard,
              clock);
    }
    return Optional.of(fetcher);
  }

  @PreDestroy
  synchronized void close() {
    if (fetcher != null) {
      try {
        fetcher.close();
      } catch (IOException e) {
        LOG.log(Level.FINE, "The verifier's HTTP client did not close cleanly", e);
      }
    }
  }
}
