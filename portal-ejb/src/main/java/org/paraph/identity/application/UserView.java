package org.paraph.identity.application;

import java.time.Instant;
import java.util.List;
import org.paraph.identity.domain.Role;
import org.paraph.identity.domain.User;

/**
 * A user as pages and the API show them: never the password hash.
 *
 * @param email empty when none
 * @param roles by name, sorted
 */
public record UserView(
    String username,
    String displayName,
    String email,
    List<String> roles,
    boolean enabled,
    Instant createdAt) {

  public static UserView of(User user) {
    return new UserView(
        user.username(),
        user.displayName(),
        user.email().orElse(""),
        user.roles().stream().map(Role::name).sorted().toList(),
        user.enabled(),
        user.createdAt());
  }

  public boolean admin() {
    return roles.contains(Role.ADMIN.name());
  }
}
