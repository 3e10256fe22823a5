package org.paraph.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import org.paraph.audit.domain.AuditAction;
import org.paraph.audit.domain.AuditDetailCodes;
import org.paraph.shared.application.ClockProducer;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.ClockNotMovableException;
import org.paraph.shared.domain.ClockReading;
import org.paraph.shared.domain.MovableClock;

/**
 * An administrator reads the portal's time and, where {@code PARAPH_TEST_CLOCK=movable}, moves it
 * forward; each move is audited, with who moved it and by how much. It lives beside the audit log
 * because that is what it adds to the clock, which {@code shared} owns.
 */
@ApplicationScoped
public class ClockAdministration {

  @Inject ClockProducer clocks;
  @Inject AuditLog auditLog;

  public ClockReading read() {
    return clocks.read();
  }

  public boolean movable() {
    return clocks.movable();
  }

  /**
   * Moves the portal's time, the workflow engine's with it, forward by {@code by}.
   *
   * @throws ClockNotMovableException when the portal runs on the system clock
   * @throws org.paraph.shared.domain.InvalidClockMoveException when {@code by} is not positive or
   *     longer than {@link MovableClock#MAX_ADVANCE}
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public ClockReading advance(Actor actor, Duration by) {
    MovableClock clock = clocks.movableClock().orElseThrow(ClockNotMovableException::new);
    MovableClock.checkAdvance(by);
    Instant before = clock.instant();
    // Recorded before the move, at the time it was made; the move itself cannot fail any more.
    auditLog.record(
        actor,
        AuditAction.CLOCK_ADVANCED,
        "clock",
        CodedDetails.of(
                AuditDetailCodes.CLOCK_ADVANCED,
                by.toString(),
                before.toString(),
                before.plus(by).toString())
            .stored());
    clock.advance(by);
    return clocks.read();
  }
}
