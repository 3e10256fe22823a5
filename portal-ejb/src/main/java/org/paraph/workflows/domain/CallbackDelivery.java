package org.paraph.workflows.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.paraph.shared.domain.RetryBackoff;

/**
 * One state change of a workflow, to be posted to its callback URL until the receiver accepts it
 * (at least once). A failed attempt is retried with a growing delay, and after {@link
 * #MAX_ATTEMPTS} the delivery is given up, visible as such.
 */
@Entity
@Table(name = "callback_delivery")
@NamedQuery(
    name = CallbackDelivery.DUE,
    query =
        "select d.id from CallbackDelivery d where d.state = :pending and d.nextAttemptAt <= :now"
            + " order by d.nextAttemptAt")
@NamedQuery(
    name = CallbackDelivery.OF_WORKFLOW,
    query = "select d from CallbackDelivery d where d.workflowId = :workflow order by d.createdAt")
public class CallbackDelivery {

  public static final String DUE = "CallbackDelivery.due";
  public static final String OF_WORKFLOW = "CallbackDelivery.ofWorkflow";

  public static final int MAX_ATTEMPTS = 12;

  /** Where a delivery stands. */
  public enum State {
    PENDING,
    DELIVERED,
    GAVE_UP
  }

  @Id private UUID id;

  @Column(name = "workflow_id", nullable = false, updatable = false)
  private UUID workflowId;

  @Column(nullable = false, updatable = false)
  private String event;

  @Column(nullable = false, updatable = false)
  private String url;

  @Column(nullable = false, updatable = false)
  private String payload;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private State state;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_status")
  private Integer lastStatus;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "delivered_at")
  private Instant deliveredAt;

  protected CallbackDelivery() {}

  public CallbackDelivery(
      UUID id, UUID workflowId, String event, String url, String payload, Instant now) {
    this.id = id;
    this.workflowId = workflowId;
    this.event = event;
    this.url = url;
    this.payload = payload;
    this.state = State.PENDING;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  public boolean due(Instant now) {
    return state == State.PENDING && !nextAttemptAt.isAfter(now);
  }

  public void delivered(int status, Instant now) {
    attempts++;
    state = State.DELIVERED;
    lastStatus = status;
    lastError = null;
    deliveredAt = now;
  }

  /** A refused or failed attempt: retried after 2 s, 4 s, 8 s... at most an hour apart. */
  public void failed(Integer status, String error, Instant now) {
    attempts++;
    lastStatus = status;
    lastError = RetryBackoff.keptError(error);
    if (attempts >= MAX_ATTEMPTS) {
      state = State.GAVE_UP;
      return;
    }
    nextAttemptAt = RetryBackoff.nextAttempt(attempts, now);
  }

  public UUID id() {
    return id;
  }

  public UUID workflowId() {
    return workflowId;
  }

  public String event() {
    return event;
  }

  public String url() {
    return url;
  }

  public String payload() {
    return payload;
  }

  public State state() {
    return state;
  }

  public int attempts() {
    return attempts;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Integer lastStatus() {
    return lastStatus;
  }

  public String lastError() {
    return lastError;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant deliveredAt() {
    return deliveredAt;
  }
}
