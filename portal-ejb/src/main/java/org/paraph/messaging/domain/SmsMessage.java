package org.paraph.messaging.domain;

import java.util.List;
import java.util.Objects;

/**
 * A text message to one mobile number (E.164, e.g. +33612345678).
 *
 * @param secrets the values in the text that give access to something (a participant's link token,
 *     a one-time password): the outbox keeps the message encrypted until it is delivered, then
 *     keeps a copy with each of them replaced by {@value Redaction#MARK}
 */
public record SmsMessage(String to, String text, List<String> secrets) {

  public SmsMessage {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(text, "text");
    secrets = List.copyOf(secrets);
  }

  /** A message that carries no secret. */
  public SmsMessage(String to, String text) {
    this(to, text, List.of());
  }
}
