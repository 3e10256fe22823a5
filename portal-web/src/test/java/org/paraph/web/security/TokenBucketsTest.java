package org.paraph.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The anonymous rate limit: a burst, then one request per refill, per address. */
class TokenBucketsTest {

  private final MovingClock clock = new MovingClock();
  private final TokenBuckets buckets = new TokenBuckets(60, 1_000, clock);

  @Test
  void sixtyAtOnceThenOnePerSecondWithTheWaitToldAndOtherAddressesUntouched() {
    for (int i = 0; i < 60; i++) {
      assertEquals(Optional.empty(), buckets.take("203.0.113.9"), "request " + i);
    }
    assertEquals(Optional.of(Duration.ofSeconds(1)), buckets.take("203.0.113.9"));
    assertEquals(Optional.empty(), buckets.take("198.51.100.7"), "its own bucket");

    clock.move(Duration.ofSeconds(1));
    assertEquals(Optional.empty(), buckets.take("203.0.113.9"));
    assertTrue(buckets.take("203.0.113.9").isPresent());

    clock.move(Duration.ofMinutes(5));
    for (int i = 0; i < 60; i++) {
      assertEquals(Optional.empty(), buckets.take("203.0.113.9"), "full again, not beyond");
    }
    assertTrue(buckets.take("203.0.113.9").isPresent());
  }

  private static final class MovingClock extends Clock {
    private Instant now = Instant.parse("2026-12-06T10:00:00Z");

    void move(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
