package org.paraph.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MovableClockTest {

  private static final Instant START = Instant.parse("2026-11-21T10:00:00Z");

  private final MovableClock clock = new MovableClock(Clock.fixed(START, ZoneOffset.UTC));

  @Test
  void unmovedItTellsTheTimeOfTheClockBeneath() {
    assertEquals(START, clock.instant());
    assertEquals(START.toEpochMilli(), clock.millis());
    assertEquals(Duration.ZERO, clock.offset());
  }

  @Test
  void movesAddUp() {
    assertEquals(Duration.ofMinutes(2), clock.advance(Duration.ofMinutes(2)));
    assertEquals(Duration.ofMinutes(2).plusHours(1), clock.advance(Duration.ofHours(1)));
    assertEquals(START.plus(Duration.ofMinutes(62)), clock.instant());
  }

  @Test
  void itRunsOnWithTheClockBeneath() {
    MovableClock running = new MovableClock(Clock.systemUTC());
    running.advance(Duration.ofDays(1));
    Instant first = running.instant();
    Instant later = running.instant();
    assertEquals(false, later.isBefore(first));
    assertEquals(false, first.isBefore(Instant.now().plus(Duration.ofHours(23))));
  }

  @Test
  void itNeverGoesBackNorStandsStillNorJumpsTooFar() {
    clock.advance(Duration.ofMinutes(5));
    for (Duration refused :
        new Duration[] {
          Duration.ofMinutes(-1), Duration.ZERO, null, MovableClock.MAX_ADVANCE.plusSeconds(1)
        }) {
      InvalidClockMoveException e =
          assertThrows(InvalidClockMoveException.class, () -> clock.advance(refused));
      assertEquals("invalid-parameter", e.problemType());
      assertEquals(FailureKind.BAD_REQUEST, e.kind());
    }
    assertEquals(Duration.ofMinutes(5), clock.offset(), "a refused move changes nothing");
    assertEquals(START.plus(Duration.ofMinutes(5)), clock.instant());
  }

  @Test
  void theLongestMoveIsAllowed() {
    clock.advance(MovableClock.MAX_ADVANCE);
    assertEquals(START.plus(Duration.ofDays(400)), clock.instant());
  }

  @Test
  void inAnotherZoneItMovesWithTheOriginal() {
    Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));
    clock.advance(Duration.ofHours(3));
    assertEquals(START.plus(Duration.ofHours(3)), paris.instant());
    assertEquals(ZoneId.of("Europe/Paris"), paris.getZone());
    assertEquals(clock, clock.withZone(ZoneOffset.UTC));
  }
}
