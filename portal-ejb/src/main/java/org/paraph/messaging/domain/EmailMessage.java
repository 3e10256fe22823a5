package org.paraph.messaging.domain;

import java.util.Objects;

/** A plain-text e-mail to one recipient. */
public record EmailMessage(String to, String subject, String body) {

  public EmailMessage {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
  }
}
