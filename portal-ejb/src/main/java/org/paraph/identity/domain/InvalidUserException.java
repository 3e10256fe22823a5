package org.paraph.identity.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;

/** A user cannot be created or changed as asked; the message says what to correct. */
public class InvalidUserException extends PortalException {

  private InvalidUserException(FailureKind kind, String problemType, ProblemText text) {
    super(kind, problemType, text);
  }

  private static InvalidUserException invalid(ProblemText text) {
    return new InvalidUserException(FailureKind.BAD_REQUEST, "invalid-user", text);
  }

  static InvalidUserException displayName(int maxLength) {
    return invalid(ProblemText.of("problem.user.display-name", maxLength));
  }

  static InvalidUserException notAnEmail(String email) {
    return invalid(ProblemText.of("problem.user.email", email));
  }

  static InvalidUserException username(String username) {
    return invalid(ProblemText.of("problem.user.username", username));
  }

  static InvalidUserException noRole() {
    return invalid(ProblemText.of("problem.user.no-role"));
  }

  static InvalidUserException password(int minLength, int maxLength) {
    return invalid(ProblemText.of("problem.user.password", minLength, maxLength));
  }

  public static InvalidUserException usernameTaken(String username) {
    return new InvalidUserException(
        FailureKind.CONFLICT,
        "username-taken",
        ProblemText.of("problem.user.username-taken", username));
  }

  public static InvalidUserException notFound(String username) {
    return new InvalidUserException(
        FailureKind.NOT_FOUND, "unknown-user", ProblemText.of("problem.user.unknown", username));
  }

  public static InvalidUserException wrongPassword() {
    return new InvalidUserException(
        FailureKind.FORBIDDEN, "wrong-password", ProblemText.of("problem.user.wrong-password"));
  }

  public static InvalidUserException lastAdministrator(String username) {
    return new InvalidUserException(
        FailureKind.CONFLICT,
        "last-administrator",
        ProblemText.of("problem.user.last-administrator", username));
  }

  /**
   * Taking the administrator role from the only enabled administrator, who may be the one asking.
   */
  public static InvalidUserException lastAdministratorRole(String username, boolean yourself) {
    return new InvalidUserException(
        FailureKind.CONFLICT,
        "last-administrator",
        yourself
            ? ProblemText.of("problem.user.last-administrator-role.yourself")
            : ProblemText.of("problem.user.last-administrator-role", username));
  }

  public static InvalidUserException notYourself() {
    return new InvalidUserException(
        FailureKind.CONFLICT,
        "cannot-disable-yourself",
        ProblemText.of("problem.user.not-yourself"));
  }
}
