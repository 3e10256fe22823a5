package org.paraph.messaging.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The message outbox. */
public interface OutboxRepository {

  void add(OutboxMessage message);

  /** The ids of the pending messages whose next attempt is due, the longest-waiting first. */
  List<UUID> due(Instant now, int maxResults);

  /**
   * Takes a due message for one attempt by moving its next attempt to {@code leaseEnd}, in one
   * conditional update: of two nodes (or the dispatcher and the kick after commit) that try at
   * once, exactly one gets it, without any lock held while the mail server is called. If the node
   * dies mid-attempt, the message becomes due again when the lease ends.
   *
   * @return whether this caller got it
   */
  boolean claim(UUID id, Instant now, Instant leaseEnd);

  Optional<OutboxMessage> find(UUID id);

  /** Messages still pending or failed, the newest first. */
  List<OutboxMessage> notSent(int maxResults);

  /** Messages delivered, the newest first. */
  List<OutboxMessage> sent(int maxResults);

  /** How many messages wait and how long the oldest has waited, for the operator's metrics. */
  OutboxBacklog backlog();
}
