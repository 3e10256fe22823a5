package org.paraph.identity.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paraph.identity.domain.Role;
import org.paraph.identity.domain.User;
import org.paraph.testsupport.MigratedDatabase;

/** A user's chosen language on the migrated schema (V16): kept as its tag, none by default. */
class UserLocaleMappingTest {

  private MigratedDatabase database;

  @BeforeEach
  void migrateAFreshDatabase() {
    database = MigratedDatabase.withEntities(User.class);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aNewUserHasNoLanguageAndTheBrowserDecides() {
    save(new User("ana", "Ana", "hash", Set.of(Role.USER), Instant.EPOCH));

    assertEquals(Optional.empty(), load("ana").locale());
  }

  @Test
  void aChosenLanguageIsKeptWithItsRegion() {
    User user = new User("ben", "Ben", "hash", Set.of(Role.USER), Instant.EPOCH);
    user.chooseLocale(Optional.of(Locale.forLanguageTag("fr-CH")));
    save(user);

    assertEquals(Optional.of(Locale.forLanguageTag("fr-CH")), load("ben").locale());

    database.inTransaction(
        em -> {
          em.createNamedQuery(User.BY_USERNAME, User.class)
              .setParameter("username", "ben")
              .getSingleResult()
              .chooseLocale(Optional.empty());
          return null;
        });
    assertEquals(Optional.empty(), load("ben").locale());
  }

  private void save(User user) {
    database.inTransaction(
        em -> {
          em.persist(user);
          return null;
        });
  }

  private User load(String username) {
    return database.inTransaction(
        em ->
            em.createNamedQuery(User.BY_USERNAME, User.class)
                .setParameter("username", username)
                .getSingleResult());
  }
}
