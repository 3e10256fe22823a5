package org.paraph.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

  private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

  @Test
  void theDelayDoublesFromTwoSeconds() {
    assertEquals(NOW.plusSeconds(2), RetryBackoff.nextAttempt(1, NOW));
    assertEquals(NOW.plusSeconds(4), RetryBackoff.nextAttempt(2, NOW));
    assertEquals(NOW.plusSeconds(8), RetryBackoff.nextAttempt(3, NOW));
    assertEquals(NOW.plusSeconds(1024), RetryBackoff.nextAttempt(10, NOW));
  }

  @Test
  void theDelayStopsGrowingAtAnHour() {
    assertEquals(NOW.plus(Duration.ofHours(1)), RetryBackoff.nextAttempt(12, NOW));
    assertEquals(NOW.plus(Duration.ofHours(1)), RetryBackoff.nextAttempt(500, NOW));
  }

  @Test
  void anErrorIsKeptToItsFirstThousandCharacters() {
    assertEquals(1000, RetryBackoff.keptError("x".repeat(5000)).length());
    assertEquals("refused", RetryBackoff.keptError("refused"));
    assertNull(RetryBackoff.keptError(null));
  }
}
