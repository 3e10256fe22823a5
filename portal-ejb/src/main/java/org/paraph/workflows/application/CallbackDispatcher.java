package org.paraph.workflows.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Empties the callback outbox every two seconds. A timer that is not persistent: each node runs its
 * own, and the row lock on each delivery keeps two nodes from posting the same one at once.
 */
@Singleton
@Startup
public class CallbackDispatcher {

  private static final Logger LOG = Logger.getLogger(CallbackDispatcher.class.getName());

  @Inject Callbacks callbacks;

  @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
  void deliver() {
    try {
      callbacks.deliverDue();
    } catch (RuntimeException e) {
      // The next tick tries again; a failure here must not cancel the timer.
      LOG.log(Level.WARNING, "Callback delivery round failed", e);
    }
  }
}
