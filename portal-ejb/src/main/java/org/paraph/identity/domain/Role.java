package org.paraph.identity.domain;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** What a portal user may do. Role names are the group names the web container checks. */
public enum Role {
  /** Seals documents and runs workflows. */
  USER,
  /** Manages users and seals, reads the audit log. */
  ADMIN;

  /**
   * The roles a user holds when given these: an administrator is always a user too, since the pages
   * they manage from are the users' pages.
   */
  public static Set<Role> granted(Collection<Role> given) {
    EnumSet<Role> granted = EnumSet.noneOf(Role.class);
    granted.addAll(given);
    if (granted.contains(ADMIN)) {
      granted.add(USER);
    }
    return Set.copyOf(granted);
  }
}
