package org.paraph.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Set;
import java.util.logging.Logger;
import org.paraph.audit.application.AuditLog;
import org.paraph.audit.domain.AuditAction;
import org.paraph.identity.domain.PasswordHasher;
import org.paraph.identity.domain.Role;
import org.paraph.identity.domain.User;
import org.paraph.identity.domain.UserRepository;
import org.paraph.shared.application.PortalConfig;
import org.paraph.shared.domain.Actor;

/** Creates users; on first start, the administrator {@code admin}. */
@ApplicationScoped
public class UserAdministration {

  private static final Logger LOG = Logger.getLogger(UserAdministration.class.getName());
  private static final String PASSWORD_ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

  @Inject UserRepository users;
  @Inject AuditLog auditLog;
  @Inject PortalConfig config;
  @Inject Clock clock;

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
    auditLog.record(actor, AuditAction.USER_CREATED, username, "roles " + roles);
    return user;
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
