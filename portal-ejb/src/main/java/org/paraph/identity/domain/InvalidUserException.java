package org.paraph.identity.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;

/** A user cannot be created or changed as asked; the message says what to correct. */
public class InvalidUserException extends PortalException {

  private InvalidUserException(FailureKind kind, String problemType, String message) {
    super(kind, problemType, message);
  }

  public static InvalidUserException invalid(String message) {
    return new InvalidUserException(FailureKind.BAD_REQUEST, "invalid-user", message);
  }

  public static InvalidUserException usernameTaken(String username) {
    return new InvalidUserException(
        FailureKind.CONFLICT, "username-taken", "A user named '" + username + "' exists already.");
  }

  public static InvalidUserException notFound(String username) {
    return new InvalidUserException(
        FailureKind.NOT_FOUND, "unknown-user", "There is no user named '" + username + "'.");
  }

  public static InvalidUserException wrongPassword() {
    return new InvalidUserException(
        FailureKind.FORBIDDEN,
        "wrong-password",
        "The current password is not right: the password was not changed.");
  }

  public static InvalidUserException lastAdministrator(String username) {
    return new InvalidUserException(
        FailureKind.CONFLICT,
        "last-administrator",
        "'"
            + username
            + "' is the only enabled administrator: disabling them would leave nobody to"
            + " manage the portal.");
  }

  /**
   * Taking the administrator role from the only enabled administrator, who may be the one asking.
   */
  public static InvalidUserException lastAdministratorRole(String username, boolean yourself) {
    return new InvalidUserException(
        FailureKind.CONFLICT,
        "last-administrator",
        yourself
            ? "You are the only enabled administrator: without your administrator role nobody"
                + " could manage the portal. Make someone else an administrator first."
            : "'"
                + username
                + "' is the only enabled administrator: without their administrator role nobody"
                + " could manage the portal.");
  }

  public static InvalidUserException notYourself() {
    return new InvalidUserException(
        FailureKind.CONFLICT,
        "cannot-disable-yourself",
        "You cannot disable your own account; ask another administrator.");
  }
}
