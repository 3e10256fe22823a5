package org.paraph.seals.infrastructure;

import java.util.Optional;
import org.paraph.shared.domain.PortalException;

/** Helpers to turn DSS's wrapped exceptions back into the portal's. */
public final class Failures {

  private Failures() {}

  /**
   * The portal exception somewhere in the cause chain, if any: the ones this package throws from
   * inside DSS (through alerts and the guarded TSP source) come back wrapped.
   */
  public static Optional<PortalException> portalCause(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof PortalException portal) {
        return Optional.of(portal);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return Optional.empty();
  }

  /** The innermost message, which is usually the one saying what went wrong. */
  public static String describe(Throwable failure) {
    String message = null;
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
        message = cause.getMessage();
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return message != null ? message : failure.getClass().getSimpleName();
  }
}
