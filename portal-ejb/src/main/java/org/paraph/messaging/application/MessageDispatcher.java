package org.paraph.messaging.application;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Empties the message outbox: every two seconds for retries that came due and messages queued on
 * other nodes, and at once for a message just committed (a one-time password the participant is
 * waiting for), on a thread of its own so that the request that queued it does not wait for the
 * mail server. A timer that is not persistent: each node runs its own, and the claim on each
 * message keeps two of them from sending it twice.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MessageDispatcher {

  private static final Logger LOG = Logger.getLogger(MessageDispatcher.class.getName());

  @Inject MessageOutbox outbox;

  @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
  void deliverDue() {
    try {
      outbox.deliverDue();
    } catch (RuntimeException e) {
      // The next tick tries again; a failure here must not cancel the timer.
      LOG.log(Level.WARNING, "Message delivery round failed", e);
    }
  }

  /** One attempt now, off the caller's thread; if it cannot run, the next tick sends it. */
  @Asynchronous
  public void deliverSoon(UUID messageId) {
    try {
      outbox.attempt(messageId);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Message " + messageId + " will be tried again by the next round", e);
    }
  }
}
