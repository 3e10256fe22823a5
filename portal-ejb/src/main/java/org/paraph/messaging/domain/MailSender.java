package org.paraph.messaging.domain;

/** Delivers e-mail: over SMTP when configured, otherwise into the outbox folder. */
public interface MailSender {

  void send(EmailMessage message);
}
