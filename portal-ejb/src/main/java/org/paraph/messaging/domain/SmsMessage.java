package org.paraph.messaging.domain;

import java.util.Objects;

/** A text message to one mobile number (E.164, e.g. +33612345678). */
public record SmsMessage(String to, String text) {

  public SmsMessage {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(text, "text");
  }
}
