package org.paraph.workflows.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paraph.workflows.domain.OtpRequestLimit;

/**
 * How many one-time passwords one participant link may ask for, and within how long: {@code
 * PARAPH_OTP_REQUESTS_PER_WINDOW} (3) codes within {@code PARAPH_OTP_REQUEST_WINDOW_MINUTES} (10).
 * README.md lists the variables.
 */
@ApplicationScoped
public class OtpRequestSettings {

  @Inject
  @ConfigProperty(name = "paraph.otp.requests.per.window", defaultValue = "3")
  int requestsPerWindow;

  @Inject
  @ConfigProperty(name = "paraph.otp.request.window.minutes", defaultValue = "10")
  int windowMinutes;

  /** The limit as configured; a value below one counts as one, so there is always a limit. */
  public OtpRequestLimit limit() {
    return new OtpRequestLimit(
        Math.max(1, requestsPerWindow), Duration.ofMinutes(Math.max(1, windowMinutes)));
  }
}
