package org.paraph.messaging.domain;

/** How a message travels. */
public enum MessageChannel {
  MAIL,
  SMS
}
