package org.paraph.messaging.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * What the outbox still holds: messages waiting for a (next) attempt, the oldest one's queuing
 * time, and the messages given up on.
 */
public record OutboxBacklog(long pending, Optional<Instant> oldestPendingSince, long failed) {}
