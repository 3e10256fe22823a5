package org.paraph.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a request comes from, for throttling and rate limits: the direct peer, or behind a trusted
 * load balancer ({@code PARAPH_TRUSTED_PROXIES}) the client it forwarded for.
 */
@ApplicationScoped
public class ClientAddresses {

  @Inject
  @ConfigProperty(name = "paraph.trusted.proxies")
  Optional<String> trustedProxies;

  private TrustedProxies proxies;

  @PostConstruct
  void parse() {
    proxies = TrustedProxies.parse(trustedProxies.orElse(""));
  }

  /**
   * Parsed at start: a wrong entry stops the deployment with its name, rather than failing every
   * request later or trusting nothing silently.
   */
  void checkAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    proxies.isEmpty();
  }

  public String of(HttpServletRequest request) {
    return proxies.clientOf(
        request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
  }
}
