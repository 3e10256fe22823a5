package org.paraph.messaging.domain;

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
 * An e-mail or SMS on its way: written in the transaction of the change that causes it, so that it
 * is neither lost when the mail server is down nor sent when the change rolls back. A failed
 * attempt is retried with a growing delay; a permanent refusal, or {@link #MAX_ATTEMPTS} failures,
 * leave it {@link State#FAILED} with the last error, for an administrator to see.
 */
@Entity
@Table(name = "outbox_message")
@NamedQuery(
    name = OutboxMessage.DUE,
    query =
        "select m.id from OutboxMessage m where m.state = :pending and m.nextAttemptAt <= :now"
            + " order by m.nextAttemptAt")
@NamedQuery(
    name = OutboxMessage.CLAIM,
    query =
        "update OutboxMessage m set m.nextAttemptAt = :leaseEnd where m.id = :id"
            + " and m.state = :pending and m.nextAttemptAt <= :now")
@NamedQuery(
    name = OutboxMessage.NOT_SENT,
    query = "select m from OutboxMessage m where m.state <> :sent order by m.createdAt desc")
public class OutboxMessage {

  public static final String DUE = "OutboxMessage.due";
  public static final String CLAIM = "OutboxMessage.claim";
  public static final String NOT_SENT = "OutboxMessage.notSent";

  /**
   * About 20 hours of retries with the delays below: long enough to ride out a mail server outage.
   */
  public static final int MAX_ATTEMPTS = 30;

  /** Where a message stands. */
  public enum State {
    PENDING,
    SENT,
    FAILED
  }

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private MessageChannel channel;

  @Column(nullable = false, updatable = false)
  private String recipient;

  @Column(updatable = false)
  private String subject;

  @Column(nullable = false, updatable = false)
  private String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private State state;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected OutboxMessage() {}

  private OutboxMessage(
      MessageChannel channel, String recipient, String subject, String body, Instant now) {
    this.id = UUID.randomUUID();
    this.channel = channel;
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.state = State.PENDING;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  public static OutboxMessage of(EmailMessage mail, Instant now) {
    return new OutboxMessage(MessageChannel.MAIL, mail.to(), mail.subject(), mail.body(), now);
  }

  public static OutboxMessage of(SmsMessage sms, Instant now) {
    return new OutboxMessage(MessageChannel.SMS, sms.to(), null, sms.text(), now);
  }

  public boolean pending() {
    return state == State.PENDING;
  }

  public void sent(Instant now) {
    attempts++;
    state = State.SENT;
    lastError = null;
    sentAt = now;
  }

  /**
   * A failed attempt. A refusal that will not change (unknown mailbox) fails the message at once;
   * anything else is retried after 2 s, 4 s, 8 s... at most an hour apart.
   */
  public void failed(String error, boolean permanent, Instant now) {
    attempts++;
    String text = error == null || error.isBlank() ? "unknown error" : error;
    lastError = RetryBackoff.keptError(text);
    if (permanent || attempts >= MAX_ATTEMPTS) {
      state = State.FAILED;
      return;
    }
    nextAttemptAt = RetryBackoff.nextAttempt(attempts, now);
  }

  /** The message as the sender port takes it. */
  public EmailMessage email() {
    return new EmailMessage(recipient, subject == null ? "" : subject, body);
  }

  public SmsMessage sms() {
    return new SmsMessage(recipient, body);
  }

  public UUID id() {
    return id;
  }

  public MessageChannel channel() {
    return channel;
  }

  public String recipient() {
    return recipient;
  }

  public String subject() {
    return subject;
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

  public String lastError() {
    return lastError;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant sentAt() {
    return sentAt;
  }
}
