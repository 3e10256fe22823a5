package org.paraph.workflows.infrastructure;

import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;
import org.flowable.common.engine.impl.runtime.Clock;

/**
 * The engine's clock, read from the portal's {@link java.time.Clock}, so that timers (expiry,
 * reminders) fall due by the same time as the rest of the portal. It cannot be set through
 * Flowable: system tests move the portal's clock instead ({@code PARAPH_TEST_CLOCK=movable}), and
 * this one follows.
 */
final class PortalClock implements Clock {

  private final java.time.Clock clock;

  PortalClock(java.time.Clock clock) {
    this.clock = clock;
  }

  @Override
  public Date getCurrentTime() {
    return Date.from(clock.instant());
  }

  @Override
  public Calendar getCurrentCalendar() {
    return getCurrentCalendar(getCurrentTimeZone());
  }

  @Override
  public Calendar getCurrentCalendar(TimeZone timeZone) {
    Calendar calendar = Calendar.getInstance(timeZone);
    calendar.setTime(getCurrentTime());
    return calendar;
  }

  @Override
  public TimeZone getCurrentTimeZone() {
    return TimeZone.getTimeZone(clock.getZone());
  }

  @Override
  public void setCurrentTime(Date currentTime) {
    throw new UnsupportedOperationException("The engine reads the portal's java.time.Clock");
  }

  @Override
  public void setCurrentCalendar(Calendar currentTime) {
    throw new UnsupportedOperationException("The engine reads the portal's java.time.Clock");
  }

  @Override
  public void reset() {
    throw new UnsupportedOperationException("The engine reads the portal's java.time.Clock");
  }
}
