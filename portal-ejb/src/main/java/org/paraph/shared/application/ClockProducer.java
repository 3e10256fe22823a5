package org.paraph.shared.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paraph.shared.domain.ClockReading;
import org.paraph.shared.domain.MovableClock;

/**
 * Time comes from one injectable clock so that expiry, quotas and retention are testable. It is the
 * system clock, unless {@code PARAPH_TEST_CLOCK=movable} (see {@link TestClockSetting}) makes it a
 * {@link MovableClock} that administrators may move forward; the workflow engine reads the same
 * instance, so its timers move with it.
 */
@ApplicationScoped
public class ClockProducer {

  private static final Logger LOG = Logger.getLogger(ClockProducer.class.getName());

  @Inject
  @ConfigProperty(name = "paraph.test.clock")
  Optional<String> testClock;

  @Inject PortalConfig config;

  private Clock clock;
  private MovableClock movable;

  @PostConstruct
  void choose() {
    if (TestClockSetting.of(testClock, config.baseUrl()) == TestClockSetting.MOVABLE) {
      movable = new MovableClock(Clock.systemUTC());
      clock = movable;
      LOG.warning(
          () ->
              TestClockSetting.VARIABLE
                  + "=movable: administrators may move this portal's time forward (system tests"
                  + " only)");
    } else {
      clock = Clock.systemUTC();
    }
  }

  /**
   * Reads the setting as the application starts, so that a refused one stops the start rather than
   * the first request that asks the time.
   */
  void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    movable();
  }

  @Produces
  @ApplicationScoped
  Clock clock() {
    return clock;
  }

  /** Whether the portal's time may be moved ({@code PARAPH_TEST_CLOCK=movable}). */
  public boolean movable() {
    return movable != null;
  }

  /** The movable clock, when the setting allows one. */
  public Optional<MovableClock> movableClock() {
    return Optional.ofNullable(movable);
  }

  /** The time now, and how far it has been moved. */
  public ClockReading read() {
    return new ClockReading(
        clock.instant(), movable(), movableClock().map(MovableClock::offset).orElse(Duration.ZERO));
  }
}
