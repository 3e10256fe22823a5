package org.paraph.operations.infrastructure;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.paraph.workflows.application.OtpMetrics;
import org.paraph.workflows.domain.OtpCheck;

/**
 * Counts the one-time passwords checked by outcome ({@code paraph_otp_checks_total}): {@code wrong}
 * and {@code expired} are failures, {@code locked} the wrong one that locked a link. A rise in
 * wrong codes across many links is what guessing looks like.
 */
@ApplicationScoped
public class MicrometerOtpMetrics implements OtpMetrics {

  @Inject MeterRegistry registry;

  @Override
  public void checked(OtpCheck check) {
    Counter.builder("paraph.otp.checks")
        .description("One-time passwords checked, by outcome")
        .tag("outcome", check.name().toLowerCase(Locale.ROOT))
        .register(registry)
        .increment();
  }
}
