package org.paraph.identity.domain;

import java.util.regex.Pattern;

/**
 * What a user is called and how to reach them, checked: a display name of 1 to 200 characters and
 * an optional e-mail address of a plausible form.
 *
 * @param email null when none is given
 */
public record UserDetails(String displayName, String email) {

  public static final int MAX_DISPLAY_NAME = 200;
  public static final int MAX_EMAIL = 320;

  // Deliberately loose: one @, something on each side, a dot in the domain. Only a mail proves
  // more.
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  /**
   * @throws InvalidUserException for a blank or long name, or an e-mail address that is not one
   */
  public UserDetails {
    displayName = displayName == null ? "" : displayName.strip();
    if (displayName.isEmpty() || displayName.length() > MAX_DISPLAY_NAME) {
      throw InvalidUserException.displayName(MAX_DISPLAY_NAME);
    }
    email = email == null || email.isBlank() ? null : email.strip();
    if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
      throw InvalidUserException.notAnEmail(email);
    }
  }
}
