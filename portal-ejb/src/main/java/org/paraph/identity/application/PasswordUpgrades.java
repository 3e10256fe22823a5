package org.paraph.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.paraph.identity.domain.UserRepository;

/**
 * Stores a password hash of the current cost in place of one of a lower cost, at a successful login
 * (the only moment the password is known). Its own short transaction, so that no transaction stays
 * open while a password is hashed.
 */
@ApplicationScoped
public class PasswordUpgrades {

  @Inject UserRepository users;

  /** Only if the stored hash is still the one that was checked: a password change wins. */
  @Transactional
  public void replace(String username, String checkedHash, String upgradedHash) {
    users
        .findByUsername(username)
        .filter(u -> u.passwordHash().equals(checkedHash))
        .ifPresent(u -> u.changePasswordHash(upgradedHash));
  }
}
