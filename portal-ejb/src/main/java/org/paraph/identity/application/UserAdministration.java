package org.paraph.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.paraph.audit.application.AuditLog;
import org.paraph.audit.application.CodedDetails;
import org.paraph.audit.domain.AuditAction;
import org.paraph.audit.domain.AuditDetailCodes;
import org.paraph.identity.domain.InvalidUserException;
import org.paraph.identity.domain.NewUser;
import org.paraph.identity.domain.PasswordHasher;
import org.paraph.identity.domain.Role;
import org.paraph.identity.domain.User;
import org.paraph.identity.domain.UserRepository;
import org.paraph.shared.application.PortalConfig;
import org.paraph.shared.domain.Actor;

/**
 * Administrators create, list, disable and enable users and change their roles; on first start, the
 * administrator {@code admin} is created. Every change is audited with the administrator who made
 * it.
 */
@ApplicationScoped
public class UserAdministration {

  private static final Logger LOG = Logger.getLogger(UserAdministration.class.getName());
  private static final String PASSWORD_ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  @Inject UserRepository users;
  @Inject AuditLog auditLog;
  @Inject PortalConfig config;
  @Inject Clock clock;
  @Inject AuthenticationService authentication;

  private final PasswordHasher hasher = new PasswordHasher();

  @Transactional
  public void createFirstAdministrator() {
    if (users.count() > 0) {
      return;
    }
    String password = config.adminPassword().orElseGet(UserAdministration::generatePassword);
    createUser(
        Actor.SYSTEM,
        "admin",
        "Administrator",
        password.toCharArray(),
        Set.of(Role.ADMIN, Role.USER));
    if (config.adminPassword().isEmpty()) {
      // Shown once: only the hash is stored.
      LOG.warning("Created the administrator 'admin' with the generated password: " + password);
    } else {
      LOG.info("Created the administrator 'admin' with the password from PARAPH_ADMIN_PASSWORD");
    }
  }

  @Transactional
  public User createUser(
      Actor actor, String username, String displayName, char[] password, Set<Role> roles) {
    User user = new User(username, displayName, hasher.hash(password), roles, clock.instant());
    users.add(user);
    auditLog.record(
        actor,
        AuditAction.USER_CREATED,
        username,
        CodedDetails.of(AuditDetailCodes.USER_CREATED_FIRST, roles.toString()).stored());
    return user;
  }

  /**
   * An administrator creates a user, who can log in at once with the password given.
   *
   * @throws InvalidUserException when the name is taken or the details are not acceptable
   */
  @Transactional
  public UserView create(Actor actor, NewUser request) {
    if (users.findByUsername(request.username()).isPresent()) {
      throw InvalidUserException.usernameTaken(request.username());
    }
    User user =
        new User(
            request.username(),
            request.details().displayName(),
            hasher.hash(request.password()),
            request.roles(),
            clock.instant());
    user.describe(request.details());
    users.add(user);
    auditLog.record(
        actor,
        AuditAction.USER_CREATED,
        user.username(),
        user.email()
            .map(
                email ->
                    CodedDetails.of(
                        AuditDetailCodes.USER_CREATED, user.displayName(), email, rolesOf(user)))
            .orElse(
                CodedDetails.of(
                    AuditDetailCodes.USER_CREATED_NO_EMAIL, user.displayName(), rolesOf(user)))
            .stored());
    return UserView.of(user);
  }

  /** Every user, by name. */
  @Transactional
  public List<UserView> users() {
    return users.all().stream().map(UserView::of).toList();
  }

  /**
   * Disables a user: their password no longer opens a session nor an API call. Their seals and
   * records stay. An administrator cannot disable themselves, nor the last enabled administrator.
   *
   * @throws InvalidUserException when there is no such user, or disabling them is refused
   */
  @Transactional
  public UserView disable(Actor actor, String username) {
    User user = find(username);
    if (user.username().equals(actor.name())) {
      throw InvalidUserException.notYourself();
    }
    if (user.isAdmin()
        && user.enabled()
        && users.all().stream().filter(u -> u.enabled() && u.isAdmin()).count() <= 1) {
      throw InvalidUserException.lastAdministrator(username);
    }
    if (user.enabled()) {
      user.disable();
      authentication.forget(username);
      auditLog.record(actor, AuditAction.USER_DISABLED, username, null);
    }
    return UserView.of(user);
  }

  /**
   * @throws InvalidUserException when there is no such user
   */
  @Transactional
  public UserView enable(Actor actor, String username) {
    User user = find(username);
    if (!user.enabled()) {
      user.enable();
      auditLog.record(actor, AuditAction.USER_ENABLED, username, null);
    }
    return UserView.of(user);
  }

  /**
   * Gives a user these roles instead of theirs, from their next request on: their open sessions
   * read their roles on every request, and the API's remembered credentials are dropped. Giving the
   * administrator role gives the user role too; no role at all is allowed (the account then opens
   * nothing). The last enabled administrator keeps their administrator role, even when they ask
   * themselves.
   *
   * @throws InvalidUserException when there is no such user, or the change would leave no enabled
   *     administrator
   */
  @Transactional
  public UserView changeRoles(Actor actor, String username, Set<Role> roles) {
    User user = find(username);
    Set<Role> granted = Role.granted(roles);
    if (granted.equals(user.roles())) {
      return UserView.of(user);
    }
    if (user.isAdmin()
        && user.enabled()
        && !granted.contains(Role.ADMIN)
        && users.all().stream().filter(u -> u.enabled() && u.isAdmin()).count() <= 1) {
      throw InvalidUserException.lastAdministratorRole(
          user.username(), user.username().equals(actor.name()));
    }
    String before = rolesOf(user);
    user.changeRoles(granted);
    authentication.forget(user.username());
    auditLog.record(
        actor,
        AuditAction.USER_ROLES_CHANGED,
        user.username(),
        CodedDetails.of(AuditDetailCodes.USER_ROLES_CHANGED, before, rolesOf(user)).stored());
    return UserView.of(user);
  }

  private User find(String username) {
    return users
        .findByUsername(username == null ? "" : username)
        .orElseThrow(() -> InvalidUserException.notFound(username));
  }

  private static String rolesOf(User user) {
    return user.roles().isEmpty()
        ? "none"
        : user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(", "));
  }

  private static String generatePassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
    }
    return password.toString();
  }
}
