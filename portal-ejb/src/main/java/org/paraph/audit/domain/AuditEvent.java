package org.paraph.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.ActorKind;

/**
 * One entry of the append-only audit log. Its hash covers its own content and the hash of the event
 * before it, so changing, removing or reordering any event breaks the chain from there on.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id
  @Column(name = "sequence_number")
  private long sequenceNumber;

  @Column(nullable = false, unique = true)
  private UUID id;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "actor_name", nullable = false)
  private String actorName;

  @Enumerated(EnumType.STRING)
  @Column(name = "actor_kind", nullable = false)
  private ActorKind actorKind;

  @Column(nullable = false)
  private String action;

  private String subject;

  private String details;

  @Column(name = "client_ip")
  private String clientIp;

  @Column(name = "user_agent")
  private String userAgent;

  @Column(name = "previous_hash", nullable = false)
  private String previousHash;

  @Column(nullable = false)
  private String hash;

  @Column(name = "request_id")
  private String requestId;

  protected AuditEvent() {}

  AuditEvent(
      long sequenceNumber,
      Instant occurredAt,
      Actor actor,
      String action,
      String subject,
      String details,
      String requestId,
      String previousHash) {
    this.sequenceNumber = sequenceNumber;
    this.id = UUID.randomUUID();
    this.occurredAt = occurredAt;
    this.actorName = actor.name();
    this.actorKind = actor.kind();
    this.clientIp = truncate(actor.clientIp(), 64);
    this.userAgent = truncate(actor.userAgent(), 400);
    this.action = action;
    this.subject = truncate(subject, 300);
    this.details = truncate(details, 4000);
    this.requestId = truncate(requestId, 64);
    this.previousHash = previousHash;
    this.hash = AuditChain.hashOf(this);
  }

  private static String truncate(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  /** The request that caused the event, or null (outside a request, or recorded before v17). */
  public String requestId() {
    return requestId;
  }

  public long sequenceNumber() {
    return sequenceNumber;
  }

  public UUID id() {
    return id;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actorName() {
    return actorName;
  }

  public ActorKind actorKind() {
    return actorKind;
  }

  public String action() {
    return action;
  }

  public String subject() {
    return subject;
  }

  public String details() {
    return details;
  }

  public String clientIp() {
    return clientIp;
  }

  public String userAgent() {
    return userAgent;
  }

  public String previousHash() {
    return previousHash;
  }

  public String hash() {
    return hash;
  }
}
