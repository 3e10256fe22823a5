package org.paraph.identity.domain;

/** What a portal user may do. Role names are the group names the web container checks. */
public enum Role {
  /** Seals documents and runs workflows. */
  USER,
  /** Manages users and seals, reads the audit log. */
  ADMIN
}
