package org.paraph.messaging.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.paraph.messaging.domain.EmailMessage;
import org.paraph.messaging.domain.OutboxMessage;
import org.paraph.messaging.domain.OutboxRepository;
import org.paraph.messaging.domain.SmsMessage;
import org.paraph.messaging.domain.TextCipher;

/**
 * Sends messages for the use cases, through the outbox: the message is written in the caller's
 * transaction, so that a rolled-back invitation never reaches anyone and a committed one is never
 * lost, even when the mail server is down. Once the transaction commits, the message is handed to
 * the {@link MessageDispatcher} at once, so a one-time password arrives within seconds, while the
 * request that asked for it returns without waiting for the mail server. The outbox keeps the text
 * encrypted until it is sent: name the secrets it carries ({@link EmailMessage#secrets()}) so that
 * the copy left afterwards has none.
 */
@ApplicationScoped
public class Messages {

  @Inject OutboxRepository outbox;
  @Inject Event<Queued> queued;
  @Inject MessageDispatcher dispatcher;
  @Inject TextCipher cipher;
  @Inject Clock clock;

  /** A message written to the outbox in a transaction that has yet to commit. */
  public record Queued(UUID id) {}

  @Transactional
  public void send(EmailMessage message) {
    queue(OutboxMessage.of(message, cipher, clock.instant()));
  }

  @Transactional
  public void send(SmsMessage message) {
    queue(OutboxMessage.of(message, cipher, clock.instant()));
  }

  private void queue(OutboxMessage message) {
    outbox.add(message);
    queued.fire(new Queued(message.id()));
  }

  void deliverOnCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Queued message) {
    dispatcher.deliverSoon(message.id());
  }
}
