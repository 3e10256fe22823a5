package org.paraph.audit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paraph.audit.application.PendingAuditEvents.PendingEvent;
import org.paraph.shared.domain.Actor;

class PendingAuditEventsTest {

  private final List<List<String>> chained = new ArrayList<>();
  private final PendingAuditEvents pending =
      new PendingAuditEvents(
          events -> chained.add(events.stream().map(PendingEvent::action).toList()));

  private static PendingEvent event(String action) {
    return new PendingEvent(
        Instant.parse("2026-11-21T10:00:00Z"),
        Actor.user("alice", null, null),
        action,
        "s",
        "d",
        null);
  }

  @Test
  void aCommittingTransactionChainsItsEventsOnceInTheOrderItRecordedThem() {
    pending.add(event("OTP_SENT"));
    pending.add(event("OTP_VERIFIED"));
    pending.add(event("SIGNED"));

    pending.beforeCompletion();
    pending.afterCompletion(Status.STATUS_COMMITTED);

    assertEquals(List.of(List.of("OTP_SENT", "OTP_VERIFIED", "SIGNED")), chained);
  }

  @Test
  void aReaderInTheTransactionGetsWhatWasRecordedChainedAndTheCommitChainsOnlyWhatCameAfter() {
    pending.add(event("SEALED"));
    pending.chainNow();
    pending.add(event("AUDIT_TRAIL_SEALED"));

    pending.beforeCompletion();

    assertEquals(List.of(List.of("SEALED"), List.of("AUDIT_TRAIL_SEALED")), chained);
  }

  @Test
  void aTransactionThatRollsBackChainsNothing() {
    pending.add(event("SIGNED"));

    pending.afterCompletion(Status.STATUS_ROLLEDBACK);
    pending.chainNow();

    assertTrue(chained.isEmpty(), chained.toString());
  }

  @Test
  void aTransactionThatRecordedNothingDoesNotTouchTheChain() {
    pending.beforeCompletion();

    assertTrue(chained.isEmpty(), "the head is not locked for nothing");
  }
}
