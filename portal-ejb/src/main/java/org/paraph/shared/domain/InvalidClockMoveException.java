package org.paraph.shared.domain;

/** A move of the test clock that it refuses: not forward, or too far at once. */
public class InvalidClockMoveException extends PortalException {

  public InvalidClockMoveException(ProblemText text) {
    super(FailureKind.BAD_REQUEST, "invalid-parameter", text);
  }
}
