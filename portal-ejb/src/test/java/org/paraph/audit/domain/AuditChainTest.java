package org.paraph.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.paraph.shared.domain.Actor;

class AuditChainTest {

  private static final Instant T0 = Instant.parse("2026-11-21T10:15:30.123456789Z");

  private static List<AuditEvent> chainOf(int count) {
    AuditChainHead head = AuditChainHead.empty();
    List<AuditEvent> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      events.add(
          AuditChain.next(
              head,
              T0.plusSeconds(i),
              Actor.user("alice", "10.0.0." + i, "test"),
              "SEAL_APPLIED",
              "doc-" + i + ".pdf",
              "level B-T",
              null));
    }
    return events;
  }

  @Test
  void eachEventLinksToThePreviousOne() {
    List<AuditEvent> events = chainOf(3);

    assertEquals(AuditChain.GENESIS, events.get(0).previousHash());
    assertEquals(events.get(0).hash(), events.get(1).previousHash());
    assertEquals(events.get(1).hash(), events.get(2).previousHash());
    assertEquals(List.of(1L, 2L, 3L), events.stream().map(AuditEvent::sequenceNumber).toList());
    assertEquals(Optional.empty(), AuditChain.verify(events));
  }

  @Test
  void timeIsKeptToTheMicrosecondTheDatabasesStore() {
    assertEquals(Instant.parse("2026-11-21T10:15:30.123456Z"), chainOf(1).get(0).occurredAt());
  }

  @Test
  void aChangedEventIsNamedAsTheFirstBreak() throws Exception {
    List<AuditEvent> events = chainOf(4);
    set(events.get(2), "actorName", "mallory");

    ChainBreak broken = AuditChain.verify(events).orElseThrow();
    assertEquals(3, broken.sequenceNumber());
    assertTrue(broken.reason().contains("changed"), broken.reason());
  }

  @Test
  void aRemovedEventIsDetected() {
    List<AuditEvent> events = new ArrayList<>(chainOf(4));
    events.remove(1);

    assertEquals(2, AuditChain.verify(events).orElseThrow().sequenceNumber());
  }

  @Test
  void anEventWhoseHashWasRecomputedStillBreaksTheLinkOfTheNext() throws Exception {
    List<AuditEvent> events = chainOf(3);
    set(events.get(1), "details", "level B-B");
    set(events.get(1), "hash", AuditChain.hashOf(events.get(1)));

    assertEquals(3, AuditChain.verify(events).orElseThrow().sequenceNumber());
  }

  @Test
  void contentCannotBeShiftedFromOneFieldToTheNextWithoutChangingTheHash() throws Exception {
    AuditEvent event = chainOf(1).get(0);
    set(event, "subject", "x;y");
    set(event, "details", "z");
    String before = AuditChain.hashOf(event);
    set(event, "subject", "x");
    set(event, "details", "y;z");

    assertNotEquals(before, AuditChain.hashOf(event));
  }

  @Test
  void anEventWithoutARequestIdHashesAsEventsAlwaysDid() {
    AuditEvent event = chainOf(1).get(0);
    StringBuilder canonical = new StringBuilder();
    for (Object field :
        List.of(
            event.sequenceNumber(),
            event.id(),
            event.occurredAt(),
            "alice",
            "USER",
            "SEAL_APPLIED",
            "doc-0.pdf",
            "level B-T",
            "10.0.0.0",
            "test",
            AuditChain.GENESIS)) {
      String text = String.valueOf(field);
      canonical.append(text.length()).append(':').append(text).append(';');
    }

    assertEquals(org.paraph.shared.domain.Sha256.hex(canonical.toString()), event.hash());
  }

  @Test
  void aRequestIdIsInTheHashSoChangingItBreaksTheChain() throws Exception {
    AuditChainHead head = AuditChainHead.empty();
    AuditEvent event =
        AuditChain.next(
            head, T0, Actor.user("alice", null, null), "LOGIN_FAILED", "alice", "d", "trace-0001");
    assertEquals("trace-0001", event.requestId());
    assertEquals(Optional.empty(), AuditChain.verify(List.of(event)));

    set(event, "requestId", "trace-0002");

    assertTrue(AuditChain.verify(List.of(event)).isPresent(), "a changed request id is seen");
  }

  private static void set(AuditEvent event, String field, Object value) throws Exception {
    Field f = AuditEvent.class.getDeclaredField(field);
    f.setAccessible(true);
    f.set(event, value);
  }
}
