package org.paraph.shared.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that runs with the one it is given, plus an offset that only grows: the time it tells
 * never goes back, so nothing the portal decided by it (a link's validity, a timer's due date, the
 * audit log's order) is undone by a move. For system tests only; see {@code PARAPH_TEST_CLOCK}.
 */
public final class MovableClock extends Clock {

  /** The longest single move: far enough for any expiry a test needs, short of a mistyped one. */
  public static final Duration MAX_ADVANCE = Duration.ofDays(400);

  private final Clock base;
  private final AtomicReference<Duration> offset;

  public MovableClock(Clock base) {
    this(base, new AtomicReference<>(Duration.ZERO));
  }

  private MovableClock(Clock base, AtomicReference<Duration> offset) {
    this.base = base;
    this.offset = offset;
  }

  /**
   * Moves the time forward.
   *
   * @param by positive, at most {@link #MAX_ADVANCE}
   * @return the offset from the underlying clock after the move
   * @throws InvalidClockMoveException when {@code by} is missing, zero, negative or too long
   */
  public Duration advance(Duration by) {
    checkAdvance(by);
    return offset.accumulateAndGet(by, Duration::plus);
  }

  /**
   * @throws InvalidClockMoveException when {@code by} is missing, zero, negative or longer than
   *     {@link #MAX_ADVANCE}
   */
  public static void checkAdvance(Duration by) {
    if (by == null || by.isZero() || by.isNegative()) {
      throw new InvalidClockMoveException(ProblemText.of("problem.clock-move.backwards", by));
    }
    if (by.compareTo(MAX_ADVANCE) > 0) {
      throw new InvalidClockMoveException(
          ProblemText.of("problem.clock-move.too-far", MAX_ADVANCE.toDays(), by));
    }
  }

  /** How far ahead of the underlying clock this one is. */
  public Duration offset() {
    return offset.get();
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }

  @Override
  public long millis() {
    return instant().toEpochMilli();
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  /** The same moving time in another zone: a later move moves both. */
  @Override
  public Clock withZone(ZoneId zone) {
    return zone.equals(base.getZone()) ? this : new MovableClock(base.withZone(zone), offset);
  }

  @Override
  public String toString() {
    return "MovableClock[" + base + " + " + offset.get() + "]";
  }
}
