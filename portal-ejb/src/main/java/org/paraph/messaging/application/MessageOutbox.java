package org.paraph.messaging.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.paraph.audit.application.AuditLog;
import org.paraph.audit.application.CodedDetails;
import org.paraph.audit.domain.AuditAction;
import org.paraph.audit.domain.AuditDetailCodes;
import org.paraph.messaging.domain.MailSender;
import org.paraph.messaging.domain.MessageChannel;
import org.paraph.messaging.domain.MessageDeliveryException;
import org.paraph.messaging.domain.OutboxMessage;
import org.paraph.messaging.domain.OutboxRepository;
import org.paraph.messaging.domain.SmsSender;
import org.paraph.messaging.domain.TextCipher;
import org.paraph.shared.domain.Actor;

/**
 * Delivers the messages of the outbox. Each attempt claims its message in a short transaction of
 * its own, talks to the mail server or gateway outside any transaction (so that no row, and above
 * all not the audit chain, stays locked while a slow server answers), then records the outcome.
 */
@ApplicationScoped
public class MessageOutbox {

  private static final Logger LOG = Logger.getLogger(MessageOutbox.class.getName());
  private static final int BATCH = 50;

  /**
   * How long a claimed message is left to its node: longer than the SMTP time-outs added up, so
   * that a slow attempt is never doubled, short enough that a node that dies mid-attempt delays the
   * message by minutes only.
   */
  static final Duration LEASE = Duration.ofMinutes(2);

  @Inject OutboxRepository messages;
  @Inject MailSender mail;
  @Inject SmsSender sms;
  @Inject TextCipher cipher;
  @Inject AuditLog auditLog;
  @Inject Clock clock;

  // Through the container, so that each step gets its own transaction.
  @Inject MessageOutbox self;

  /** Attempts every due message once; returns how many this node attempted. */
  public int deliverDue() {
    int attempted = 0;
    for (UUID id : self.dueIds()) {
      if (attempt(id)) {
        attempted++;
      }
    }
    return attempted;
  }

  /**
   * One attempt at one message, unless it is not due or another thread or node has it.
   *
   * @return whether this call made the attempt
   */
  public boolean attempt(UUID id) {
    Optional<OutboxMessage> claimed = self.claim(id);
    if (claimed.isEmpty()) {
      return false;
    }
    OutboxMessage message = claimed.get();
    try {
      if (message.channel() == MessageChannel.MAIL) {
        mail.send(message.email(cipher));
      } else {
        sms.send(message.sms(cipher));
      }
    } catch (MessageDeliveryException e) {
      self.recordFailure(id, e.getMessage(), e.permanent());
      return true;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Unexpected failure delivering message " + id, e);
      self.recordFailure(id, e.toString(), false);
      return true;
    }
    self.recordSent(id);
    return true;
  }

  @Transactional
  public List<UUID> dueIds() {
    return messages.due(clock.instant(), BATCH);
  }

  /** For {@link #attempt} only; public so that the container starts its transaction. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<OutboxMessage> claim(UUID id) {
    Instant now = clock.instant();
    if (!messages.claim(id, now, now.plus(LEASE))) {
      return Optional.empty();
    }
    return messages.find(id);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordSent(UUID id) {
    messages.find(id).ifPresent(message -> message.sent(clock.instant()));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordFailure(UUID id, String error, boolean permanent) {
    OutboxMessage message = messages.find(id).orElse(null);
    if (message == null) {
      return;
    }
    message.failed(error, permanent, clock.instant());
    if (message.state() == OutboxMessage.State.FAILED) {
      auditLog.record(
          Actor.SYSTEM,
          AuditAction.MESSAGE_FAILED,
          message.recipient(),
          CodedDetails.of(
                  AuditDetailCodes.MESSAGE_GIVEN_UP,
                  String.valueOf(message.channel()),
                  String.valueOf(message.id()),
                  String.valueOf(message.attempts()),
                  message.lastError())
              .stored());
    } else {
      LOG.info(
          () ->
              "Message "
                  + id
                  + " to "
                  + message.recipient()
                  + " not delivered ("
                  + message.lastError()
                  + "); next attempt at "
                  + message.nextAttemptAt());
    }
  }

  /** What an administrator looks at: the messages still pending or failed, the newest first. */
  @Transactional
  public List<OutboxMessage> undelivered(int maxResults) {
    return messages.notSent(maxResults);
  }

  /** The messages delivered, the newest first: their redacted copies only. */
  @Transactional
  public List<OutboxMessage> delivered(int maxResults) {
    return messages.sent(maxResults);
  }
}
