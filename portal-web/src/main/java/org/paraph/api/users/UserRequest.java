package org.paraph.api.users;

import java.util.List;
import java.util.Set;
import org.paraph.api.InvalidRequestException;
import org.paraph.identity.domain.NewUser;
import org.paraph.identity.domain.Role;
import org.paraph.identity.domain.UserDetails;

/**
 * The body of {@code POST /api/v1/users}.
 *
 * @param roles {@code user} and/or {@code admin}; absent: {@code user}
 */
public record UserRequest(
    String username, String displayName, String email, String password, List<String> roles) {

  /**
   * @throws InvalidRequestException for an unknown role
   * @throws org.paraph.identity.domain.InvalidUserException for details that are not acceptable
   */
  NewUser toNewUser() {
    Set<Role> granted = RoleNames.parse(roles == null || roles.isEmpty() ? List.of("user") : roles);
    return new NewUser(
        username,
        new UserDetails(displayName, email),
        password == null ? null : password.toCharArray(),
        granted);
  }
}
