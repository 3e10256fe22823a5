package org.paraph.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paraph.shared.domain.ConfigurationException;
import org.paraph.shared.domain.ProblemText;

/**
 * The application's one {@link OutboundGuard}, from {@code PARAPH_FETCH_ALLOW_PRIVATE} (default
 * false) and {@code PARAPH_FETCH_ALLOW} (default none). README.md describes both.
 */
@ApplicationScoped
public class OutboundGuardProducer {

  private static final Logger LOG = Logger.getLogger(OutboundGuardProducer.class.getName());

  @Inject
  @ConfigProperty(name = "paraph.fetch.allow.private", defaultValue = "false")
  boolean allowPrivate;

  @Inject
  @ConfigProperty(name = "paraph.fetch.allow")
  Optional<String> allowList;

  private OutboundGuard guard;

  @PostConstruct
  void read() {
    try {
      guard = OutboundGuard.of(allowPrivate, allowList.orElse(""));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(
          ProblemText.of(
              "problem.configuration.fetch-allow", OutboundGuard.ALLOW_VARIABLE, e.getMessage()),
          e);
    }
    LOG.info(() -> "Outbound requests: " + guard);
  }

  @Produces
  public OutboundGuard guard() {
    return guard;
  }
}
