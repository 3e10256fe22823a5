package org.paraph.workflows.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paraph.audit.application.AuditLog;
import org.paraph.audit.application.CodedDetails;
import org.paraph.shared.application.Secrets;
import org.paraph.shared.domain.Actor;
import org.paraph.workflows.domain.CallbackDelivery;
import org.paraph.workflows.domain.CallbackDeliveryRepository;
import org.paraph.workflows.domain.CallbackTransport;
import org.paraph.workflows.domain.EditableField;
import org.paraph.workflows.domain.Participant;
import org.paraph.workflows.domain.ReplacedLink;
import org.paraph.workflows.domain.SignatureMode;
import org.paraph.workflows.domain.Workflow;
import org.paraph.workflows.domain.WorkflowRepository;
import org.paraph.workflows.domain.WorkflowSettings;

/**
 * What {@link Callbacks} makes of the receiver's answer, with a fake {@link CallbackTransport}: an
 * accepted delivery is done and audited, a refused or failed one is kept for a later attempt with
 * the receiver's status or the error, and is given up, audited, after its last attempt.
 */
class CallbacksTest {

  private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
  private static final String URL = "https://hooks.example.org/paraph";

  private final FakeTransport transport = new FakeTransport();
  private final InMemoryDeliveries deliveries = new InMemoryDeliveries();
  private final List<String> audited = new ArrayList<>();
  private final Callbacks callbacks = new Callbacks();
  private Workflow workflow;
  private String secret;

  @BeforeEach
  void wire() {
    callbacks.deliveries = deliveries;
    callbacks.transport = transport;
    callbacks.secrets =
        new Secrets() {
          @Override
          public String encrypt(String plaintext) {
            return "sealed:" + plaintext;
          }

          @Override
          public String decrypt(String stored) {
            return stored.substring("sealed:".length());
          }
        };
    WorkflowAudit audit = new WorkflowAudit();
    audit.auditLog =
        new AuditLog() {
          @Override
          public void record(Actor actor, String action, String subject, String details) {
            audited.add(action + " " + CodedDetails.text(details, Locale.ENGLISH));
          }
        };
    callbacks.audit = audit;
    callbacks.self = callbacks;
    at(NOW);
    workflow =
        new Workflow(
            new WorkflowSettings(
                "Lease",
                Instant.parse("2026-12-31T18:00:00Z"),
                null,
                URL,
                Set.of(SignatureMode.TYPED),
                Set.of(EditableField.NAME),
                null),
            "alice",
            NOW);
    callbacks.workflows = new OneWorkflow(workflow);
    secret = callbacks.newSecret(workflow);
  }

  @Test
  void anAcceptedDeliveryIsPostedSignedWithTheSecretThenDoneAndAudited() {
    callbacks.stateChanged(workflow, null, "workflow.started");
    CallbackDelivery delivery = deliveries.only();
    transport.answer = new CallbackTransport.Attempt(204, null);

    assertEquals(1, callbacks.deliverDue());

    Post post = transport.posts.get(0);
    assertEquals(URL, post.url());
    assertEquals("workflow.started", post.event());
    assertEquals(delivery.id().toString(), post.deliveryId());
    assertEquals(delivery.payload(), post.body());
    assertEquals(secret, post.secret(), "the secret as the sender got it, not as stored");
    assertEquals(NOW, post.now());
    JsonObject body = Json.createReader(new StringReader(post.body())).readObject();
    assertEquals(workflow.id().toString(), body.getString("workflowId"));
    assertEquals("workflow.started", body.getString("event"));
    assertEquals(CallbackDelivery.State.DELIVERED, delivery.state());
    assertEquals(204, delivery.lastStatus());
    assertEquals(NOW, delivery.deliveredAt());
    assertEquals(
        List.of(
            "CALLBACK_DELIVERED workflow.started delivery "
                + delivery.id()
                + " to "
                + URL
                + ": HTTP 204 after 1 attempt(s)"),
        audited);
    assertEquals(0, callbacks.deliverDue(), "nothing is due any more");
  }

  @Test
  void aRefusedDeliveryKeepsTheStatusAndIsTriedAgainLaterWithoutAnAuditEvent() {
    callbacks.stateChanged(workflow, null, "workflow.completed");
    CallbackDelivery delivery = deliveries.only();
    transport.answer = new CallbackTransport.Attempt(500, "HTTP 500");

    callbacks.deliverDue();

    assertEquals(CallbackDelivery.State.PENDING, delivery.state());
    assertEquals(1, delivery.attempts());
    assertEquals(500, delivery.lastStatus());
    assertEquals("HTTP 500", delivery.lastError());
    assertEquals(NOW.plus(Duration.ofSeconds(2)), delivery.nextAttemptAt());
    assertTrue(audited.isEmpty(), audited::toString);
    assertEquals(0, callbacks.deliverDue(), "not due before its next attempt");
    assertEquals(1, transport.posts.size());
  }

  @Test
  void aDeliveryThatNeverReachesTheReceiverIsGivenUpAfterItsLastAttemptAndAudited() {
    callbacks.stateChanged(workflow, null, "workflow.completed");
    CallbackDelivery delivery = deliveries.only();
    transport.answer = new CallbackTransport.Attempt(null, "ConnectException: Connection refused");

    for (int attempt = 1; attempt < CallbackDelivery.MAX_ATTEMPTS; attempt++) {
      callbacks.attempt(delivery.id());
      assertEquals(CallbackDelivery.State.PENDING, delivery.state());
      assertTrue(audited.isEmpty(), audited::toString);
      at(delivery.nextAttemptAt());
    }
    callbacks.attempt(delivery.id());

    assertEquals(CallbackDelivery.MAX_ATTEMPTS, transport.posts.size());
    assertEquals(CallbackDelivery.State.GAVE_UP, delivery.state());
    assertNull(delivery.lastStatus());
    assertEquals("ConnectException: Connection refused", delivery.lastError());
    assertEquals(
        List.of(
            "CALLBACK_FAILED workflow.completed delivery "
                + delivery.id()
                + " to "
                + URL
                + " given up after "
                + CallbackDelivery.MAX_ATTEMPTS
                + " attempts: ConnectException: Connection refused"),
        audited);
    callbacks.attempt(delivery.id());
    assertEquals(CallbackDelivery.MAX_ATTEMPTS, transport.posts.size(), "never posted again");
  }

  @Test
  void aWorkflowWithoutCallbackUrlQueuesNothing() {
    Workflow quiet =
        new Workflow(
            new WorkflowSettings(
                "Quiet",
                Instant.parse("2026-12-31T18:00:00Z"),
                null,
                null,
                Set.of(SignatureMode.TYPED),
                Set.of(),
                null),
            "alice",
            NOW);

    callbacks.stateChanged(quiet, null, "workflow.started");

    assertTrue(deliveries.all.isEmpty());
    assertEquals(0, callbacks.deliverDue());
    assertTrue(transport.posts.isEmpty());
  }

  private void at(Instant now) {
    callbacks.clock = Clock.fixed(now, ZoneOffset.UTC);
  }

  record Post(
      String url, String event, String deliveryId, String body, String secret, Instant now) {}

  private static final class FakeTransport implements CallbackTransport {
    final List<Post> posts = new ArrayList<>();
    Attempt answer;

    @Override
    public Attempt post(
        String url, String event, String deliveryId, String body, String secret, Instant now) {
      posts.add(new Post(url, event, deliveryId, body, secret, now));
      return answer;
    }
  }

  private static final class InMemoryDeliveries implements CallbackDeliveryRepository {
    final Map<UUID, CallbackDelivery> all = new LinkedHashMap<>();

    CallbackDelivery only() {
      assertEquals(1, all.size(), all::toString);
      return all.values().iterator().next();
    }

    @Override
    public void add(CallbackDelivery delivery) {
      all.put(delivery.id(), delivery);
    }

    @Override
    public List<UUID> due(Instant now, int maxResults) {
      return all.values().stream()
          .filter(d -> d.due(now))
          .limit(maxResults)
          .map(CallbackDelivery::id)
          .toList();
    }

    @Override
    public Optional<CallbackDelivery> findForUpdate(UUID id) {
      return Optional.ofNullable(all.get(id));
    }

    @Override
    public List<CallbackDelivery> ofWorkflow(UUID workflowId) {
      return all.values().stream().filter(d -> d.workflowId().equals(workflowId)).toList();
    }
  }

  /** Holds one workflow; the rest of the repository is not used by callbacks. */
  private record OneWorkflow(Workflow workflow) implements WorkflowRepository {

    @Override
    public Optional<Workflow> find(UUID id) {
      return Optional.of(workflow).filter(w -> w.id().equals(id));
    }

    @Override
    public void add(Workflow workflow) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Workflow> findForUpdate(UUID id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Participant> participantByLinkToken(String token) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void lockAndRefresh(Participant participant) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<ReplacedLink> replacedLink(String token) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Participant> participantByQualifiedState(String state) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Participant> participant(UUID id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Participant> pendingTasksOf(String portalUser) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Workflow> sentBy(String senderName, int maxResults) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Workflow> latest(int maxResults) {
      throw new UnsupportedOperationException();
    }
  }
}
