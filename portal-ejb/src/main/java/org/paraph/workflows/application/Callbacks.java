package org.paraph.workflows.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.paraph.shared.application.Secrets;
import org.paraph.workflows.domain.CallbackDelivery;
import org.paraph.workflows.domain.CallbackDeliveryRepository;
import org.paraph.workflows.domain.CallbackTransport;
import org.paraph.workflows.domain.Participant;
import org.paraph.workflows.domain.Workflow;
import org.paraph.workflows.domain.WorkflowRepository;

/**
 * Tells a workflow's callback URL about every state change, at least once: the change is written to
 * the outbox in the transaction that made it, so it is neither lost when the receiver is down nor
 * announced when the change rolls back; {@link CallbackDispatcher} then posts it until the receiver
 * accepts it.
 */
@ApplicationScoped
public class Callbacks {

  private static final int BATCH = 50;

  @Inject CallbackDeliveryRepository deliveries;
  @Inject WorkflowRepository workflows;
  @Inject CallbackTransport transport;
  @Inject Secrets secrets;
  @Inject WorkflowAudit audit;
  @Inject Clock clock;

  // Through the container, so that each attempt gets its own transaction.
  @Inject Callbacks self;

  private final SecureRandom random = new SecureRandom();

  /** A new secret for a workflow's callbacks: stored encrypted, shown to the sender once. */
  public String newSecret(Workflow workflow) {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    workflow.useCallbackSecret(secrets.encrypt(secret));
    return secret;
  }

  /** Queues the event, in the caller's transaction; nothing without a callback URL. */
  public void stateChanged(Workflow workflow, Participant participant, String event) {
    if (workflow.callbackUrl() == null || workflow.callbackUrl().isBlank()) {
      return;
    }
    Instant now = clock.instant();
    UUID id = UUID.randomUUID();
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("deliveryId", id.toString())
            .add("event", event)
            .add("occurredAt", now.toString())
            .add("workflowId", workflow.id().toString())
            .add("workflowState", workflow.state().name());
    if (participant != null) {
      body.add("participantId", participant.id().toString())
          .add("participantState", participant.state().name());
    }
    deliveries.add(
        new CallbackDelivery(
            id, workflow.id(), event, workflow.callbackUrl(), body.build().toString(), now));
  }

  /** Attempts every due delivery once; returns how many were attempted. */
  public int deliverDue() {
    List<UUID> due = self.dueIds();
    for (UUID id : due) {
      self.attempt(id);
    }
    return due.size();
  }

  @Transactional
  public List<UUID> dueIds() {
    return deliveries.due(clock.instant(), BATCH);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void attempt(UUID id) {
    CallbackDelivery delivery = deliveries.findForUpdate(id).orElse(null);
    Instant now = clock.instant();
    if (delivery == null || !delivery.due(now)) {
      return; // Another node took it meanwhile.
    }
    Workflow workflow = workflows.find(delivery.workflowId()).orElseThrow();
    CallbackTransport.Attempt attempt =
        transport.post(
            delivery.url(),
            delivery.event(),
            delivery.id().toString(),
            delivery.payload(),
            secrets.decrypt(workflow.callbackSecret()),
            now);
    if (attempt.accepted()) {
      delivery.delivered(attempt.status(), now);
      audit.callbackDelivered(workflow, delivery, attempt.status());
    } else {
      delivery.failed(attempt.status(), attempt.error(), now);
      if (delivery.state() == CallbackDelivery.State.GAVE_UP) {
        audit.callbackGivenUp(workflow, delivery, attempt.error());
      }
    }
  }

  /** The deliveries of a workflow the caller may see, oldest first. */
  @Transactional
  public List<CallbackDelivery> of(UUID workflowId) {
    return deliveries.ofWorkflow(workflowId);
  }
}
