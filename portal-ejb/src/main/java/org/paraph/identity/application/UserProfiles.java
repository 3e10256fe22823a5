package org.paraph.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Optional;
import org.paraph.audit.application.AuditLog;
import org.paraph.audit.application.CodedDetails;
import org.paraph.audit.domain.AuditAction;
import org.paraph.audit.domain.AuditDetailCodes;
import org.paraph.identity.domain.InvalidUserException;
import org.paraph.identity.domain.NewUser;
import org.paraph.identity.domain.PasswordHasher;
import org.paraph.identity.domain.User;
import org.paraph.identity.domain.UserDetails;
import org.paraph.identity.domain.UserRepository;
import org.paraph.shared.domain.Actor;

/** Each user reads and changes their own name, e-mail address and password. Audited. */
@ApplicationScoped
public class UserProfiles {

  @Inject UserRepository users;
  @Inject AuditLog auditLog;
  @Inject AuthenticationService authentication;

  private final PasswordHasher hasher = new PasswordHasher();

  /**
   * @throws InvalidUserException when the user does not exist (any more)
   */
  @Transactional
  public UserView profile(String username) {
    return UserView.of(find(username));
  }

  /**
   * The language the user chose for pages and messages; empty when they chose none, or are unknown
   * (a page asks on every request, and an unknown user simply has no choice).
   */
  @Transactional
  public Optional<Locale> preferredLocale(String username) {
    return users.findByUsername(username).flatMap(User::locale);
  }

  /**
   * Sets the language of the actor's pages and of what the portal writes to them; empty: the
   * browser's language decides, as for someone without an account. Which languages exist is the
   * caller's to know (the bundles are in the web module); the choice is kept as a language tag.
   */
  @Transactional
  public void chooseLanguage(Actor actor, Optional<Locale> language) {
    User user = find(actor.name());
    user.chooseLocale(language);
    auditLog.record(
        actor,
        AuditAction.USER_PROFILE_CHANGED,
        user.username(),
        language
            .map(
                chosen ->
                    CodedDetails.of(AuditDetailCodes.USER_LANGUAGE_CHOSEN, chosen.toLanguageTag()))
            .orElse(CodedDetails.of(AuditDetailCodes.USER_LANGUAGE_OF_BROWSER))
            .stored());
  }

  /**
   * @throws InvalidUserException for a blank name or an e-mail address that is not one
   */
  @Transactional
  public UserView describe(Actor actor, UserDetails details) {
    User user = find(actor.name());
    user.describe(details);
    auditLog.record(
        actor,
        AuditAction.USER_PROFILE_CHANGED,
        user.username(),
        user.email()
            .map(
                email ->
                    CodedDetails.of(
                        AuditDetailCodes.USER_DETAILS_CHANGED, user.displayName(), email))
            .orElse(
                CodedDetails.of(AuditDetailCodes.USER_DETAILS_CHANGED_NO_EMAIL, user.displayName()))
            .stored());
    return UserView.of(user);
  }

  /**
   * Changes the caller's password; the current one must be given, so that a session left open is
   * not enough to take the account over.
   *
   * @throws InvalidUserException when the current password is wrong or the new one too short
   */
  @Transactional
  public void changePassword(Actor actor, char[] current, char[] replacement) {
    User user = find(actor.name());
    if (current == null || !hasher.matches(current, user.passwordHash())) {
      throw InvalidUserException.wrongPassword();
    }
    NewUser.requireAcceptable(replacement);
    user.changePasswordHash(hasher.hash(replacement));
    authentication.forget(user.username());
    auditLog.record(actor, AuditAction.USER_PASSWORD_CHANGED, user.username(), null);
  }

  private User find(String username) {
    return users
        .findByUsername(username)
        .orElseThrow(() -> InvalidUserException.notFound(username));
  }
}
