package org.paraph.verification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the verifier fetches what an uploaded signature's certificates name (OCSP answers, CRLs,
 * issuer certificates), and within which time. README.md lists the variables.
 */
@ApplicationScoped
public class OnlineValidationSettings {

  @Inject
  @ConfigProperty(name = "paraph.verify.online", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "paraph.verify.timeout.seconds", defaultValue = "5")
  int timeoutSeconds;

  /** Whether the verifier fetches anything; if not, it validates with what the file carries. */
  public boolean enabled() {
    return enabled;
  }

  /** How long one request may take. */
  public Duration timeout() {
    return Duration.ofSeconds(Math.max(1, timeoutSeconds));
  }
}
