package org.paraph.messaging.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.paraph.shared.domain.RetryBackoff;

/**
 * An e-mail or SMS on its way: written in the transaction of the change that causes it, so that it
 * is neither lost when the mail server is down nor sent when the change rolls back. A failed
 * attempt is retried with a growing delay; a permanent refusal, or {@link #MAX_ATTEMPTS} failures,
 * leave it {@link State#FAILED} with the last error, for an administrator to see.
 *
 * <p>The subject and body it will send are kept encrypted ({@link TextCipher}) while it waits, and
 * dropped once it is delivered or given up; what stays readable in {@code subject} and {@code body}
 * is the copy with its secrets (link tokens, one-time passwords) replaced by {@value
 * Redaction#MARK}, for administrators. A row queued before that existed (plain text, nothing
 * sealed) is delivered as it is, then redacted by the forms its secrets take.
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
@NamedQuery(
    name = OutboxMessage.SENT,
    query = "select m from OutboxMessage m where m.state = :sent order by m.createdAt desc")
public class OutboxMessage {

  public static final String DUE = "OutboxMessage.due";
  public static final String CLAIM = "OutboxMessage.claim";
  public static final String NOT_SENT = "OutboxMessage.notSent";
  public static final String SENT = "OutboxMessage.sent";

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

  /** The redacted copy of the subject, or the plain one of a row queued before the upgrade. */
  @Column private String subject;

  /** The redacted copy of the body, or the plain one of a row queued before the upgrade. */
  @Column(nullable = false)
  private String body;

  /** The subject to send, encrypted; null once delivered or given up. */
  @Column(name = "sealed_subject")
  private String sealedSubject;

  /** The body to send, encrypted; null once delivered or given up. */
  @Column(name = "sealed_body")
  private String sealedBody;

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
      MessageChannel channel,
      String recipient,
      String subject,
      String body,
      List<String> secrets,
      TextCipher cipher,
      Instant now) {
    this.id = UUID.randomUUID();
    this.channel = channel;
    this.recipient = recipient;
    this.subject = Redaction.of(subject, secrets);
    this.body = Redaction.of(body, secrets);
    this.sealedSubject = subject == null ? null : cipher.encrypt(subject);
    this.sealedBody = cipher.encrypt(body);
    this.state = State.PENDING;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  public static OutboxMessage of(EmailMessage mail, TextCipher cipher, Instant now) {
    return new OutboxMessage(
        MessageChannel.MAIL, mail.to(), mail.subject(), mail.body(), mail.secrets(), cipher, now);
  }

  public static OutboxMessage of(SmsMessage sms, TextCipher cipher, Instant now) {
    return new OutboxMessage(
        MessageChannel.SMS, sms.to(), null, sms.text(), sms.secrets(), cipher, now);
  }

  public boolean pending() {
    return state == State.PENDING;
  }

  public void sent(Instant now) {
    attempts++;
    state = State.SENT;
    lastError = null;
    sentAt = now;
    forgetWhatWasSent();
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
      // Never tried again: nothing needs the secrets any more.
      forgetWhatWasSent();
      return;
    }
    nextAttemptAt = RetryBackoff.nextAttempt(attempts, now);
  }

  /**
   * Keeps only the redacted copy. A row queued before the upgrade holds its text in clear and never
   * named its secrets: it is redacted by the forms they take in the portal's messages.
   */
  private void forgetWhatWasSent() {
    if (sealedBody == null) {
      subject = Redaction.ofKnownForms(subject);
      body = Redaction.ofKnownForms(body);
    }
    sealedSubject = null;
    sealedBody = null;
  }

  /** The message as the sender port takes it. */
  public EmailMessage email(TextCipher cipher) {
    String text = subject(cipher);
    return new EmailMessage(recipient, text == null ? "" : text, body(cipher));
  }

  public SmsMessage sms(TextCipher cipher) {
    return new SmsMessage(recipient, body(cipher));
  }

  private String subject(TextCipher cipher) {
    if (sealedBody == null) {
      return subject;
    }
    return sealedSubject == null ? null : cipher.decrypt(sealedSubject);
  }

  private String body(TextCipher cipher) {
    return sealedBody == null ? body : cipher.decrypt(sealedBody);
  }

  /** The body as administrators may read it: its secrets replaced by {@value Redaction#MARK}. */
  public String redactedBody() {
    return sealedBody == null && pending() ? Redaction.ofKnownForms(body) : body;
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

  /** The subject as administrators may read it (see {@link #redactedBody()}). */
  public String subject() {
    return sealedBody == null && pending() ? Redaction.ofKnownForms(subject) : subject;
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
