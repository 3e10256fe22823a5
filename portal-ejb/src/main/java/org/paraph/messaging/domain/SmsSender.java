package org.paraph.messaging.domain;

/** Delivers text messages: through an HTTP gateway when configured, otherwise into the outbox. */
public interface SmsSender {

  void send(SmsMessage message);
}
