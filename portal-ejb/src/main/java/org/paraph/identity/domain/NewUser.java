package org.paraph.identity.domain;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A user an administrator creates, checked before anything is stored. An administrator is always a
 * user too: the pages they manage from are the users' pages.
 *
 * @param password at least {@link #MIN_PASSWORD} characters; hashed, never stored as given
 */
public record NewUser(String username, UserDetails details, char[] password, Set<Role> roles) {

  public static final int MIN_PASSWORD = 10;
  public static final int MAX_PASSWORD = 200;

  /** Names that travel in URLs, seal records, Basic credentials and workflow participants. */
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

  /**
   * @throws InvalidUserException for a user name outside {@code [a-z0-9._-]} (2 to 64 characters,
   *     starting with a letter or digit), a short password, or no role
   */
  public NewUser {
    username = username == null ? "" : username.strip();
    if (!USERNAME.matcher(username).matches()) {
      throw InvalidUserException.username(username);
    }
    requireAcceptable(password);
    if (roles == null || roles.isEmpty()) {
      throw InvalidUserException.noRole();
    }
    EnumSet<Role> granted = EnumSet.copyOf(roles);
    granted.add(Role.USER);
    roles = Role.granted(granted);
  }

  /**
   * @throws InvalidUserException for a password shorter than {@link #MIN_PASSWORD} or longer than
   *     {@link #MAX_PASSWORD} characters
   */
  public static void requireAcceptable(char[] password) {
    if (password == null || password.length < MIN_PASSWORD || password.length > MAX_PASSWORD) {
      throw InvalidUserException.password(MIN_PASSWORD, MAX_PASSWORD);
    }
  }
}
