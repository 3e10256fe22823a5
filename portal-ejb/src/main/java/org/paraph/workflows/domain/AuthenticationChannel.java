package org.paraph.workflows.domain;

/** How a participant receives the link and the one-time password. */
public enum AuthenticationChannel {
  EMAIL,
  SMS
}
