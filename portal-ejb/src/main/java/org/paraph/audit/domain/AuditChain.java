package org.paraph.audit.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.Sha256;

/**
 * The hash chain of the audit log: how an event's hash is computed, how the next event is linked to
 * the head, and how a stored chain is checked.
 */
public final class AuditChain {

  /** The "previous hash" of the first event. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /**
   * The next event after the head. Time is kept to the microsecond, the precision both H2 and
   * PostgreSQL store, so that the hash recomputed from the stored row matches.
   */
  public static AuditEvent next(
      AuditChainHead head,
      Instant now,
      Actor actor,
      String action,
      String subject,
      String details,
      String requestId) {
    AuditEvent event =
        new AuditEvent(
            head.lastSequence() + 1,
            now.truncatedTo(ChronoUnit.MICROS),
            actor,
            action,
            subject,
            details,
            requestId,
            head.lastHash());
    head.advanceTo(event);
    return event;
  }

  /**
   * Every field is written with its length, so that no two different events share a canonical form
   * (a field that contains the separator cannot shift content into the next one). The request id,
   * recorded since schema version 17, comes last and only when there is one: events without one,
   * all those recorded before, hash as they always did.
   */
  static String hashOf(AuditEvent e) {
    StringBuilder canonical = new StringBuilder();
    List<Object> fields =
        new ArrayList<>(
            List.of(
                e.sequenceNumber(),
                e.id(),
                e.occurredAt(),
                e.actorName(),
                e.actorKind(),
                e.action(),
                nullSafe(e.subject()),
                nullSafe(e.details()),
                nullSafe(e.clientIp()),
                nullSafe(e.userAgent()),
                e.previousHash()));
    if (e.requestId() != null) {
      fields.add(e.requestId());
    }
    for (Object field : fields) {
      String text = String.valueOf(field);
      canonical.append(text.length()).append(':').append(text).append(';');
    }
    return Sha256.hex(canonical.toString());
  }

  private static String nullSafe(String value) {
    return value == null ? "\u0000" : value;
  }

  /**
   * Checks events in sequence order, starting from the genesis.
   *
   * @return the first event whose link or content does not match, if any
   */
  public static Optional<ChainBreak> verify(Iterable<AuditEvent> eventsInOrder) {
    String expectedPrevious = GENESIS;
    long expectedSequence = 1;
    for (AuditEvent event : eventsInOrder) {
      if (event.sequenceNumber() != expectedSequence) {
        return Optional.of(
            new ChainBreak(expectedSequence, "event " + expectedSequence + " is missing"));
      }
      if (!event.previousHash().equals(expectedPrevious)) {
        return Optional.of(
            new ChainBreak(event.sequenceNumber(), "it does not link to the event before it"));
      }
      if (!hashOf(event).equals(event.hash())) {
        return Optional.of(
            new ChainBreak(
                event.sequenceNumber(), "its content was changed after it was recorded"));
      }
      expectedPrevious = event.hash();
      expectedSequence++;
    }
    return Optional.empty();
  }
}
