package org.paraph.workflows.domain;

/** What the sender lets a participant correct about themselves before signing. */
public enum EditableField {
  NAME,
  EMAIL,
  MOBILE
}
