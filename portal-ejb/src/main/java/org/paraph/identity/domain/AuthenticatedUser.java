package org.paraph.identity.domain;

import java.util.Set;

/** Who a successful authentication proved the caller to be. */
public record AuthenticatedUser(String username, String displayName, Set<Role> roles) {

  public AuthenticatedUser {
    roles = Set.copyOf(roles);
  }

  public boolean isAdmin() {
    return roles.contains(Role.ADMIN);
  }
}
