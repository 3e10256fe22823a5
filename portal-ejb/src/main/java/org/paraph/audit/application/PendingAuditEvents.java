package org.paraph.audit.application;

import jakarta.transaction.Synchronization;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.paraph.shared.domain.Actor;

/**
 * The events one transaction has recorded and not yet linked into the chain. They are linked just
 * before it commits, so the chain's head row stays locked for the commit alone, not for all the
 * work that recorded them (a signature, a mail): concurrent participants then wait for each other's
 * commits rather than for each other's documents. A transaction that rolls back never gets here,
 * and its events go with it.
 */
final class PendingAuditEvents implements Synchronization {

  /** What was recorded, and when: the time is that of the action, not of the commit. */
  /**
   * @param requestId the request that caused it, or null outside a request
   */
  record PendingEvent(
      Instant occurredAt,
      Actor actor,
      String action,
      String subject,
      String details,
      String requestId) {}

  private final List<PendingEvent> events = new ArrayList<>();
  private final Consumer<List<PendingEvent>> chain;

  PendingAuditEvents(Consumer<List<PendingEvent>> chain) {
    this.chain = chain;
  }

  void add(PendingEvent event) {
    events.add(event);
  }

  /** Links what is pending now, for a reader in the same transaction that must see it. */
  void chainNow() {
    if (!events.isEmpty()) {
      List<PendingEvent> inOrder = List.copyOf(events);
      events.clear();
      chain.accept(inOrder);
    }
  }

  @Override
  public void beforeCompletion() {
    chainNow();
  }

  @Override
  public void afterCompletion(int status) {
    events.clear();
  }
}
