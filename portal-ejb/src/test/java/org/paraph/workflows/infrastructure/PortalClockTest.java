package org.paraph.workflows.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.paraph.shared.domain.MovableClock;

class PortalClockTest {

  private static final Instant START = Instant.parse("2026-11-21T10:00:00Z");

  @Test
  void theEngineSeesAMoveOfThePortalsClock() {
    MovableClock portal = new MovableClock(Clock.fixed(START, ZoneOffset.UTC));
    PortalClock engine = new PortalClock(portal);
    assertEquals(Date.from(START), engine.getCurrentTime());

    portal.advance(Duration.ofMinutes(2));

    assertEquals(Date.from(START.plus(Duration.ofMinutes(2))), engine.getCurrentTime());
    assertEquals(
        START.plus(Duration.ofMinutes(2)).toEpochMilli(),
        engine.getCurrentCalendar().getTimeInMillis());
  }

  @Test
  void theEngineCannotSetItsOwnTime() {
    PortalClock engine = new PortalClock(Clock.systemUTC());
    assertThrows(UnsupportedOperationException.class, () -> engine.setCurrentTime(new Date(0)));
    assertThrows(UnsupportedOperationException.class, engine::reset);
  }
}
