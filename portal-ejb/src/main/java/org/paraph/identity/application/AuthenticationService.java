package org.paraph.identity.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.paraph.audit.application.AuditLog;
import org.paraph.audit.application.CodedDetails;
import org.paraph.audit.domain.AuditAction;
import org.paraph.audit.domain.AuditDetailCodes;
import org.paraph.identity.domain.AuthenticatedUser;
import org.paraph.identity.domain.PasswordHasher;
import org.paraph.identity.domain.Role;
import org.paraph.identity.domain.User;
import org.paraph.identity.domain.UserRepository;
import org.paraph.shared.domain.Actor;

/**
 * Checks user names and passwords, and records logins in the audit log. Every login, from the page
 * or by HTTP Basic, goes through {@link #login}: the throttle is asked before any password is
 * hashed, an unknown or disabled name costs the same hash as a known one, and no more passwords are
 * hashed at once than the node has room for.
 */
@ApplicationScoped
public class AuthenticationService {

  private static final Logger LOG = Logger.getLogger(AuthenticationService.class.getName());

  private static final Duration BUSY_RETRY = Duration.ofSeconds(1);

  @Inject UserRepository users;
  @Inject AuditLog auditLog;
  @Inject Clock clock;
  @Inject LoginThrottleSettings settings;
  @Inject PasswordUpgrades upgrades;

  /** Not final: a unit test counts the hashes it runs. */
  PasswordHasher hasher = new PasswordHasher();

  private VerifiedCredentialCache verified;
  private LoginThrottle throttle;
  private Semaphore hashing;
  private Duration hashingWait;

  @PostConstruct
  void createCache() {
    LoginThrottleSettings configured = settings == null ? new LoginThrottleSettings() : settings;
    verified = new VerifiedCredentialCache(Duration.ofMinutes(5), clock);
    throttle = new LoginThrottle(configured.policy(), clock);
    hashing = new Semaphore(configured.maxConcurrentHashes());
    hashingWait = configured.hashingWait();
  }

  /**
   * One login attempt by the person or process {@code attempt} names, from the address it names.
   * Audits the failures worth it (the first of a window, and each that locks a name or address);
   * successes are audited by the caller, which knows whether a session starts.
   */
  public LoginResult login(Actor attempt, char[] password) {
    String username = attempt.name();
    Optional<Duration> wait = throttle.refusal(username, attempt.clientIp());
    if (wait.isPresent()) {
      return new LoginResult.Throttled(wait.get());
    }
    // Not in a transaction: none stays open while a password is hashed.
    Optional<User> user = users.findByUsername(username).filter(User::enabled);
    if (user.isPresent()) {
      Optional<AuthenticatedUser> known =
          verified.find(username, password, user.get().passwordHash());
      if (known.isPresent()) {
        return new LoginResult.Accepted(current(user.get()));
      }
    }
    Checked checked;
    try {
      checked = check(user, password);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new LoginResult.Busy(BUSY_RETRY);
    }
    if (checked == null) {
      return new LoginResult.Busy(BUSY_RETRY);
    }
    if (!checked.right()) {
      failed(attempt);
      return new LoginResult.Refused();
    }
    User found = user.orElseThrow();
    String storedHash = found.passwordHash();
    if (checked.upgradedHash() != null) {
      upgrades.replace(username, storedHash, checked.upgradedHash());
      storedHash = checked.upgradedHash();
    }
    AuthenticatedUser authenticated = current(found);
    verified.remember(username, password, storedHash, authenticated);
    return new LoginResult.Accepted(authenticated);
  }

  /** For tests and callers without a request: a login from no particular address. */
  Optional<AuthenticatedUser> verify(String username, char[] password) {
    return login(Actor.user(username, null, null), password) instanceof LoginResult.Accepted a
        ? Optional.of(a.user())
        : Optional.empty();
  }

  /**
   * Compares the password under the hashing cap; null when no slot freed up in time. A hash of a
   * lower cost is re-made at the current one while the password is at hand.
   */
  private Checked check(Optional<User> user, char[] password) throws InterruptedException {
    if (!hashing.tryAcquire(hashingWait.toMillis(), TimeUnit.MILLISECONDS)) {
      return null;
    }
    try {
      if (user.isEmpty()) {
        hasher.matchNobody(password);
        return new Checked(false, null);
      }
      String stored = user.get().passwordHash();
      if (!hasher.matches(password, stored)) {
        return new Checked(false, null);
      }
      return new Checked(true, hasher.needsUpgrade(stored) ? hasher.hash(password) : null);
    } finally {
      hashing.release();
    }
  }

  private void failed(Actor attempt) {
    LoginThrottle.Failure failure = throttle.failed(attempt.name(), attempt.clientIp());
    if (!failure.worthAuditing()) {
      return;
    }
    String details =
        failure
            .lock()
            .map(
                lock ->
                    CodedDetails.of(
                        AuditDetailCodes.LOGIN_REFUSED_LOCKED, String.valueOf(lock.toSeconds())))
            .orElse(CodedDetails.of(AuditDetailCodes.LOGIN_REFUSED))
            .stored();
    auditLog.recordAlone(attempt, AuditAction.LOGIN_FAILED, attempt.name(), details);
    // For an operator watching the log: the same rows as the audit, not every guess.
    LOG.info(
        () ->
            "Login refused for '"
                + attempt.name()
                + "' from "
                + attempt.clientIp()
                + failure.lock().map(lock -> "; locked for " + lock.toSeconds() + " s").orElse(""));
  }

  private static AuthenticatedUser current(User user) {
    return new AuthenticatedUser(user.username(), user.displayName(), user.roles());
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

  public void loggedOut(Actor actor) {
    auditLog.recordAlone(actor, AuditAction.LOGOUT, actor.name(), null);
  }

  private record Checked(boolean right, String upgradedHash) {}
}
