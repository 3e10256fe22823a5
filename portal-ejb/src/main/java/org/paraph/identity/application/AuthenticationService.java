package org.paraph.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.paraph.audit.application.AuditLog;
import org.paraph.audit.domain.AuditAction;
import org.paraph.identity.domain.AuthenticatedUser;
import org.paraph.identity.domain.PasswordHasher;
import org.paraph.identity.domain.Role;
import org.paraph.identity.domain.User;
import org.paraph.identity.domain.UserRepository;
import org.paraph.shared.domain.Actor;

/** Checks user names and passwords, and records logins in the audit log. */
@ApplicationScoped
public class AuthenticationService {

  @Inject UserRepository users;
  @Inject AuditLog auditLog;
  @Inject Clock clock;

  private final PasswordHasher hasher = new PasswordHasher();
  private VerifiedCredentialCache verified;

  @PostConstruct
  void createCache() {
    verified = new VerifiedCredentialCache(Duration.ofMinutes(5), clock);
  }

  @Transactional
  public Optional<AuthenticatedUser> verify(String username, char[] password) {
    Optional<AuthenticatedUser> known = verified.find(username, password);
    if (known.isPresent()) {
      return known;
    }
    Optional<AuthenticatedUser> user =
        users
            .findByUsername(username)
            .filter(User::enabled)
            .filter(u -> hasher.matches(password, u.passwordHash()))
            .map(u -> new AuthenticatedUser(u.username(), u.displayName(), u.roles()));
    user.ifPresent(u -> verified.remember(username, password, u));
    return user;
  }

  /**
   * Whether a session opened by this user may go on: not once they are disabled (or gone). Asked on
   * every request of a session, so that disabling someone ends the sessions they have open, on
   * every node.
   */
  @Transactional
  public boolean stillEnabled(String username) {
    return currentRoles(username).isPresent();
  }

  /**
   * The roles a session opened by this user has now, read on every request so that a change of
   * roles applies to the next one; empty when the user is disabled (or gone) and the session must
   * end.
   */
  @Transactional
  public Optional<Set<Role>> currentRoles(String username) {
    return users.findByUsername(username).filter(User::enabled).map(User::roles);
  }

  /**
   * Drops what is remembered of this user's credentials: after their password or their roles change
   * or they are disabled, the old credentials (and the roles remembered with them) must stop
   * working at once, not when the cache entry expires.
   */
  void forget(String username) {
    verified.forget(username);
  }

  public void loginSucceeded(Actor actor) {
    auditLog.recordAlone(actor, AuditAction.LOGIN, actor.name(), null);
  }

  public void loginFailed(Actor attempt) {
    auditLog.recordAlone(
        attempt, AuditAction.LOGIN_FAILED, attempt.name(), "wrong user name or password");
  }

  public void loggedOut(Actor actor) {
    auditLog.recordAlone(actor, AuditAction.LOGOUT, actor.name(), null);
  }
}
