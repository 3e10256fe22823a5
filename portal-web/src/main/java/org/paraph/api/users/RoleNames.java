package org.paraph.api.users;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.paraph.api.InvalidRequestException;
import org.paraph.identity.domain.Role;
import org.paraph.shared.domain.ProblemText;

/** Roles as the API names them: {@code "user"} and {@code "admin"}, in any case. */
final class RoleNames {

  private RoleNames() {}

  /**
   * @throws InvalidRequestException {@code invalid-role} for a name that is not a role
   */
  static Set<Role> parse(List<String> names) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : names) {
      try {
        roles.add(Role.valueOf(String.valueOf(name).strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new InvalidRequestException(
            "invalid-role", ProblemText.of("problem.request.not-a-role", name));
      }
    }
    return roles;
  }
}
