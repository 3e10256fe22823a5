package org.paraph.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paraph.audit.application.AuditLog;
import org.paraph.audit.application.CodedDetails;
import org.paraph.identity.domain.InvalidUserException;
import org.paraph.identity.domain.NewUser;
import org.paraph.identity.domain.Role;
import org.paraph.identity.domain.User;
import org.paraph.identity.domain.UserDetails;
import org.paraph.identity.domain.UserRepository;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.FailureKind;

/**
 * Creating, disabling and enabling users, and each user changing their own password, with users
 * kept in memory: what is refused changes nothing, every change is audited, and old credentials
 * stop working at once.
 */
class UserAdministrationTest {

  private static final Actor ADMIN = Actor.user("admin", "192.0.2.1", "test");

  private final List<User> store = new ArrayList<>();
  private final List<String> audited = new ArrayList<>();
  private final List<String> details = new ArrayList<>();
  private UserAdministration administration;
  private UserProfiles profiles;
  private AuthenticationService authentication;

  @BeforeEach
  void wire() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
    Users users = new Users();
    AuditLog auditLog = new RecordingAudit();
    authentication = new AuthenticationService();
    authentication.users = users;
    authentication.auditLog = auditLog;
    authentication.clock = clock;
    authentication.createCache();
    administration = new UserAdministration();
    administration.users = users;
    administration.auditLog = auditLog;
    administration.clock = clock;
    administration.authentication = authentication;
    profiles = new UserProfiles();
    profiles.users = users;
    profiles.auditLog = auditLog;
    profiles.authentication = authentication;
    administration.createUser(
        Actor.SYSTEM, "admin", "Administrator", password("admin-password"), Set.of(Role.ADMIN));
    audited.clear();
  }

  @Test
  void aCreatedUserLogsInWithTheirPasswordAndTheCreationIsAudited() {
    UserView alice = administration.create(ADMIN, alice("alice-password"));

    assertEquals("alice@example.org", alice.email());
    assertEquals(List.of("USER"), alice.roles());
    assertTrue(authentication.verify("alice", password("alice-password")).isPresent());
    assertFalse(
        store.stream().anyMatch(u -> u.passwordHash().contains("alice-password")), "hashed");
    assertEquals(List.of("USER_CREATED alice by admin"), audited);
  }

  @Test
  void aTakenUserNameIsRefusedAndChangesNothing() {
    administration.create(ADMIN, alice("alice-password"));
    InvalidUserException refused =
        assertThrows(
            InvalidUserException.class,
            () -> administration.create(ADMIN, alice("other-password")));
    assertEquals("username-taken", refused.problemType());
    assertEquals(2, store.size());
    assertTrue(authentication.verify("alice", password("alice-password")).isPresent());
  }

  @Test
  void aDisabledUserCannotLogInEvenWithCredentialsVerifiedMomentsAgo() {
    administration.create(ADMIN, alice("alice-password"));
    assertTrue(authentication.verify("alice", password("alice-password")).isPresent());

    assertFalse(administration.disable(ADMIN, "alice").enabled());

    assertTrue(authentication.verify("alice", password("alice-password")).isEmpty());
    assertFalse(authentication.stillEnabled("alice"), "their open sessions end");
    administration.enable(ADMIN, "alice");
    assertTrue(authentication.verify("alice", password("alice-password")).isPresent());
    assertTrue(audited.contains("USER_DISABLED alice by admin"), audited::toString);
    assertTrue(audited.contains("USER_ENABLED alice by admin"), audited::toString);
  }

  @Test
  void nobodyDisablesThemselvesNorTheLastAdministrator() {
    assertEquals(
        "cannot-disable-yourself",
        assertThrows(InvalidUserException.class, () -> administration.disable(ADMIN, "admin"))
            .problemType());
    administration.create(
        ADMIN,
        new NewUser(
            "carol",
            new UserDetails("Carol", null),
            password("carol-password"),
            Set.of(Role.ADMIN)));
    Actor carol = Actor.user("carol", null, null);
    administration.disable(carol, "admin");
    administration.create(carol, alice("alice-password"));
    assertEquals(
        "last-administrator",
        assertThrows(
                InvalidUserException.class, () -> administration.disable(Actor.SYSTEM, "carol"))
            .problemType());
    assertTrue(authentication.stillEnabled("carol"));
    assertEquals(
        "unknown-user",
        assertThrows(InvalidUserException.class, () -> administration.disable(carol, "nobody"))
            .problemType());
  }

  @Test
  void anAdministratorChangesAUsersRolesWhichApplyToTheirNextRequestAndIsAudited() {
    administration.create(ADMIN, alice("alice-password"));
    assertEquals(
        Set.of(Role.USER),
        authentication.verify("alice", password("alice-password")).orElseThrow().roles(),
        "remembered with her credentials");

    UserView promoted = administration.changeRoles(ADMIN, "alice", Set.of(Role.ADMIN));

    assertEquals(List.of("ADMIN", "USER"), promoted.roles(), "an administrator is a user too");
    assertEquals(
        Set.of(Role.ADMIN, Role.USER),
        authentication.verify("alice", password("alice-password")).orElseThrow().roles(),
        "the API's next call sees the new roles, not the remembered ones");
    assertEquals(Optional.of(Set.of(Role.ADMIN, Role.USER)), authentication.currentRoles("alice"));
    assertEquals(
        List.of("USER_CREATED alice by admin", "USER_ROLES_CHANGED alice by admin"), audited);
    assertEquals("roles USER -> ADMIN, USER", details.get(details.size() - 1));

    administration.changeRoles(ADMIN, "alice", Set.of(Role.USER));
    assertEquals(
        Set.of(Role.USER),
        authentication.verify("alice", password("alice-password")).orElseThrow().roles());
    assertEquals("roles ADMIN, USER -> USER", details.get(details.size() - 1));
  }

  @Test
  void aUserWithoutAnyRoleKeepsTheAccountButOpensNothingUntilGivenOneAgain() {
    administration.create(ADMIN, alice("alice-password"));
    authentication.verify("alice", password("alice-password"));

    assertEquals(List.of(), administration.changeRoles(ADMIN, "alice", Set.of()).roles());
    assertEquals(
        Set.of(), authentication.verify("alice", password("alice-password")).orElseThrow().roles());
    assertEquals(Optional.of(Set.of()), authentication.currentRoles("alice"), "session goes on");
    assertEquals("roles USER -> none", details.get(details.size() - 1));

    administration.changeRoles(ADMIN, "alice", Set.of(Role.USER));
    assertEquals(Optional.of(Set.of(Role.USER)), authentication.currentRoles("alice"));
  }

  @Test
  void theSameRolesAgainChangeNothingAndAreNotAudited() {
    administration.create(ADMIN, alice("alice-password"));
    audited.clear();
    assertEquals(
        List.of("USER"), administration.changeRoles(ADMIN, "alice", Set.of(Role.USER)).roles());
    assertEquals(List.of(), audited);
    assertEquals(
        "unknown-user",
        assertThrows(
                InvalidUserException.class,
                () -> administration.changeRoles(ADMIN, "nobody", Set.of(Role.USER)))
            .problemType());
  }

  @Test
  void theLastEnabledAdministratorKeepsTheAdministratorRoleEvenWhenTheyAsk() {
    InvalidUserException ownRole =
        assertThrows(
            InvalidUserException.class,
            () -> administration.changeRoles(ADMIN, "admin", Set.of(Role.USER)));
    assertEquals("last-administrator", ownRole.problemType());
    assertEquals(FailureKind.CONFLICT, ownRole.kind());
    assertTrue(ownRole.getMessage().startsWith("You are the only enabled administrator"));
    InvalidUserException byAnother =
        assertThrows(
            InvalidUserException.class,
            () -> administration.changeRoles(Actor.SYSTEM, "admin", Set.of()));
    assertTrue(byAnother.getMessage().startsWith("'admin' is the only enabled administrator"));
    assertTrue(authentication.currentRoles("admin").orElseThrow().contains(Role.ADMIN));
    assertEquals(List.of(), audited, "a refused change is not recorded as made");

    // A disabled administrator manages nothing, so does not count.
    administration.create(ADMIN, administrator("dave"));
    administration.disable(ADMIN, "dave");
    assertThrows(
        InvalidUserException.class,
        () -> administration.changeRoles(ADMIN, "admin", Set.of(Role.USER)));
    assertEquals(List.of(), administration.changeRoles(ADMIN, "dave", Set.of()).roles());

    // With another enabled administrator, an administrator may step down.
    administration.create(ADMIN, administrator("carol"));
    assertEquals(
        List.of("USER"), administration.changeRoles(ADMIN, "admin", Set.of(Role.USER)).roles());
    Actor carol = Actor.user("carol", null, null);
    assertEquals(
        "last-administrator",
        assertThrows(
                InvalidUserException.class,
                () -> administration.changeRoles(carol, "carol", Set.of(Role.USER)))
            .problemType());
  }

  @Test
  void aUserChangesTheirPasswordOnlyWithTheCurrentOne() {
    administration.create(ADMIN, alice("alice-password"));
    Actor alice = Actor.user("alice", null, null);

    InvalidUserException wrong =
        assertThrows(
            InvalidUserException.class,
            () ->
                profiles.changePassword(
                    alice, password("not-the-password"), password("new-password-1")));
    assertEquals("wrong-password", wrong.problemType());
    assertTrue(authentication.verify("alice", password("alice-password")).isPresent());

    profiles.changePassword(alice, password("alice-password"), password("new-password-1"));
    assertTrue(authentication.verify("alice", password("alice-password")).isEmpty());
    assertTrue(authentication.verify("alice", password("new-password-1")).isPresent());
    assertTrue(audited.contains("USER_PASSWORD_CHANGED alice by alice"), audited::toString);
  }

  private static NewUser alice(String password) {
    return new NewUser(
        "alice",
        new UserDetails("Alice Martin", "alice@example.org"),
        password(password),
        Set.of(Role.USER));
  }

  private static NewUser administrator(String username) {
    return new NewUser(
        username,
        new UserDetails(username, null),
        password(username + "-password"),
        Set.of(Role.ADMIN));
  }

  private static char[] password(String text) {
    return text.toCharArray();
  }

  private final class Users implements UserRepository {
    @Override
    public Optional<User> findByUsername(String username) {
      return store.stream().filter(u -> u.username().equals(username)).findFirst();
    }

    @Override
    public List<User> all() {
      return store.stream().sorted(Comparator.comparing(User::username)).toList();
    }

    @Override
    public void add(User user) {
      store.add(user);
    }

    @Override
    public long count() {
      return store.size();
    }
  }

  /** The audit log's chaining is the business of its own tests; here, what was recorded. */
  private final class RecordingAudit extends AuditLog {
    @Override
    public void record(Actor actor, String action, String subject, String details) {
      audited.add(action + " " + subject + " by " + actor.name());
      UserAdministrationTest.this.details.add(CodedDetails.text(details, Locale.ENGLISH));
    }

    @Override
    public void recordAlone(Actor actor, String action, String subject, String details) {
      record(actor, action, subject, details);
    }
  }
}
