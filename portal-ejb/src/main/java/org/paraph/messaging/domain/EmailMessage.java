package org.paraph.messaging.domain;

import java.util.List;
import java.util.Objects;

/**
 * A plain-text e-mail to one recipient.
 *
 * @param secrets the values in the subject or body that give access to something (a participant's
 *     link token, a one-time password): the outbox keeps the message encrypted until it is
 *     delivered, then keeps a copy with each of them replaced by {@value Redaction#MARK}
 */
public record EmailMessage(String to, String subject, String body, List<String> secrets) {

  public EmailMessage {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
    secrets = List.copyOf(secrets);
  }

  /** A message that carries no secret. */
  public EmailMessage(String to, String subject, String body) {
    this(to, subject, body, List.of());
  }
}
