package org.paraph.shared.domain;

/** A move of the portal's time asked of a portal that runs on the system clock, as all do. */
public class ClockNotMovableException extends PortalException {

  public ClockNotMovableException() {
    super(FailureKind.NOT_FOUND, "not-found", ProblemText.of("problem.clock-not-movable"));
  }
}
