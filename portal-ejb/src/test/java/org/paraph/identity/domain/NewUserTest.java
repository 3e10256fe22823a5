package org.paraph.identity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** What an administrator may create a user with, and what is refused before anything is stored. */
class NewUserTest {

  private static final UserDetails ALICE = new UserDetails("Alice Martin", "alice@example.org");
  private static final char[] PASSWORD = "correct-horse-1".toCharArray();

  @Test
  void anAdministratorIsAlwaysAUserToo() {
    NewUser admin = new NewUser("carol", ALICE, PASSWORD, Set.of(Role.ADMIN));
    assertEquals(Set.of(Role.ADMIN, Role.USER), admin.roles());
  }

  @Test
  void userNamesAreLowerCaseWordsThatTravelInUrlsAndCredentials() {
    assertEquals(
        "alice.m-2", new NewUser(" alice.m-2 ", ALICE, PASSWORD, Set.of(Role.USER)).username());
    for (String refused : new String[] {"", "a", "Alice", "al ice", "al:ice", "-alice", "é"}) {
      InvalidUserException e =
          assertThrows(
              InvalidUserException.class,
              () -> new NewUser(refused, ALICE, PASSWORD, Set.of(Role.USER)),
              refused);
      assertEquals("invalid-user", e.problemType());
    }
  }

  @Test
  void aShortPasswordOrNoRoleIsRefused() {
    InvalidUserException shortPassword =
        assertThrows(
            InvalidUserException.class,
            () -> new NewUser("alice", ALICE, "short".toCharArray(), Set.of(Role.USER)));
    assertTrue(shortPassword.getMessage().contains("10 to 200 characters"));
    assertThrows(InvalidUserException.class, () -> new NewUser("alice", ALICE, PASSWORD, Set.of()));
  }

  @Test
  void detailsNeedANameAndAPlausibleEmailIfAny() {
    assertNull(new UserDetails("Bob", " ").email());
    assertEquals("Bob", new UserDetails("  Bob ", null).displayName());
    assertThrows(InvalidUserException.class, () -> new UserDetails(" ", null));
    InvalidUserException e =
        assertThrows(InvalidUserException.class, () -> new UserDetails("Bob", "bob.example.org"));
    assertTrue(e.getMessage().contains("'bob.example.org' is not an e-mail address"));
  }

  @Test
  void aDisabledUserCanBeEnabledAgainAndKeepsTheirDetails() {
    User user = new User("alice", "Alice", "hash", Set.of(Role.USER), java.time.Instant.EPOCH);
    user.describe(ALICE);
    user.disable();
    assertEquals(false, user.enabled());
    user.enable();
    assertTrue(user.enabled());
    assertEquals("alice@example.org", user.email().orElseThrow());
  }
}
