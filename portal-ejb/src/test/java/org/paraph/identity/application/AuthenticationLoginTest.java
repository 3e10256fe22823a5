package org.paraph.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paraph.audit.application.AuditLog;
import org.paraph.audit.application.CodedDetails;
import org.paraph.identity.domain.PasswordHasher;
import org.paraph.identity.domain.Role;
import org.paraph.identity.domain.User;
import org.paraph.identity.domain.UserRepository;
import org.paraph.shared.domain.Actor;

/**
 * Logins through {@link AuthenticationService#login}, with a hasher that counts the hashes it runs:
 * unknown names cost a hash like known ones, a throttled login costs none, an old hash is upgraded
 * at the next successful login, and failures fill the audit log once per window, not per try.
 */
class AuthenticationLoginTest {

  private static final String GUESSER = "203.0.113.66";

  private final List<User> store = new ArrayList<>();
  private final List<String> audited = new ArrayList<>();
  private final AtomicInteger hashesRun = new AtomicInteger();
  private final LoginThrottleSettings settings = new LoginThrottleSettings();
  private volatile CountDownLatch hashing;
  private volatile CountDownLatch releaseHashing;
  private final CountingHasher hasher = new CountingHasher();
  private AuthenticationService authentication;

  @BeforeEach
  void wire() {
    Users users = new Users();
    authentication = new AuthenticationService();
    authentication.users = users;
    authentication.auditLog = new RecordingAudit();
    authentication.clock = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);
    authentication.settings = settings;
    authentication.upgrades = new PasswordUpgrades();
    authentication.upgrades.users = users;
    authentication.hasher = hasher;
    authentication.createCache();
    store.add(
        new User("alice", "Alice", hasher.hash("alice-password".toCharArray()), roles(), now()));
    User bob = new User("bob", "Bob", hasher.hash("bob-password".toCharArray()), roles(), now());
    bob.disable();
    store.add(bob);
    hashesRun.set(0);
  }

  @Test
  void anUnknownOrDisabledNameCostsTheSameHashAsAKnownOneAndAllAnswerAlike() {
    LoginResult known = login("alice", "wrong");
    assertEquals(1, hashesRun.get(), "alice's hash was compared");

    LoginResult unknown = login("mallory", "wrong");
    assertEquals(2, hashesRun.get(), "a dummy hash ran for an unknown name");

    LoginResult disabled = login("bob", "bob-password");
    assertEquals(3, hashesRun.get(), "a dummy hash ran for a disabled user");

    assertInstanceOf(LoginResult.Refused.class, known);
    assertEquals(known, unknown);
    assertEquals(known, disabled);
  }

  @Test
  void theRightPasswordIsAcceptedAndThenServedFromTheCacheWithoutHashing() {
    assertInstanceOf(LoginResult.Accepted.class, login("alice", "alice-password"));
    assertEquals(1, hashesRun.get());
    assertInstanceOf(LoginResult.Accepted.class, login("alice", "alice-password"));
    assertEquals(1, hashesRun.get(), "an API client does not pay the hash on every request");
  }

  @Test
  void afterFiveFailuresEvenTheRightPasswordIsRefusedWithoutHashing() {
    for (int i = 0; i < 5; i++) {
      assertInstanceOf(LoginResult.Refused.class, login("alice", "guess" + i));
    }
    int before = hashesRun.get();

    LoginResult right = login("alice", "alice-password");
    assertEquals(before, hashesRun.get(), "nothing hashed once throttled");
    LoginResult unknown = login("mallory", "guess");

    assertInstanceOf(LoginResult.Throttled.class, right);
    assertEquals(60, ((LoginResult.Throttled) right).retryAfter().toSeconds());
    assertInstanceOf(LoginResult.Refused.class, unknown, "another name, 6 of 20 for the address");
  }

  @Test
  void sixtyGuessesWriteTwoAuditRowsNotSixty() {
    for (int i = 0; i < 60; i++) {
      login("alice", "guess" + i);
    }
    assertEquals(
        List.of(
            "LOGIN_FAILED alice: wrong user name or password",
            "LOGIN_FAILED alice: wrong user name or password; further logins refused for 60 s"),
        audited);
  }

  @Test
  void aHashOfTheFormerCostIsReplacedAtTheNextSuccessfulLoginOnly() {
    String lowCost = new LowCostHasher().hash("carol-password".toCharArray());
    store.add(new User("carol", "Carol", lowCost, roles(), now()));

    login("carol", "wrong");
    assertEquals(lowCost, carol().passwordHash(), "a failed login changes nothing");

    assertInstanceOf(LoginResult.Accepted.class, login("carol", "carol-password"));
    String upgraded = carol().passwordHash();
    assertTrue(upgraded.startsWith("pbkdf2-sha256$1000$"), upgraded);
    assertFalse(hasher.needsUpgrade(upgraded));
    assertTrue(hasher.matches("carol-password".toCharArray(), upgraded));

    login("carol", "carol-password");
    assertEquals(upgraded, carol().passwordHash(), "upgraded once");
  }

  @Test
  void beyondTheHashingCapALoginIsAnsweredBusyAtOnceWithoutHashing() throws Exception {
    settings.maxConcurrentHashes = 1;
    settings.hashingWaitMillis = 50;
    authentication.createCache();
    hashing = new CountDownLatch(1);
    releaseHashing = new CountDownLatch(1);
    CompletableFuture<LoginResult> first =
        CompletableFuture.supplyAsync(() -> login("alice", "alice-password"));
    assertTrue(hashing.await(10, TimeUnit.SECONDS), "the first login holds the only slot");

    LoginResult second = login("mallory", "guess");

    releaseHashing.countDown();
    assertInstanceOf(LoginResult.Busy.class, second);
    assertInstanceOf(LoginResult.Accepted.class, first.get(10, TimeUnit.SECONDS));
    assertEquals(1, hashesRun.get(), "only the first login hashed");
  }

  private LoginResult login(String name, String password) {
    return authentication.login(Actor.user(name, GUESSER, "test"), password.toCharArray());
  }

  private User carol() {
    return store.stream().filter(u -> u.username().equals("carol")).findFirst().orElseThrow();
  }

  private static Set<Role> roles() {
    return Set.of(Role.USER);
  }

  private static Instant now() {
    return Instant.parse("2026-12-01T10:00:00Z");
  }

  /** A cheap cost for fast tests; counts every comparison, the dummy one included. */
  private final class CountingHasher extends PasswordHasher {
    CountingHasher() {
      super(1_000);
    }

    @Override
    public boolean matches(char[] password, String stored) {
      hashesRun.incrementAndGet();
      CountDownLatch started = hashing;
      if (started != null) {
        started.countDown();
        try {
          releaseHashing.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return super.matches(password, stored);
    }
  }

  private static final class LowCostHasher extends PasswordHasher {
    LowCostHasher() {
      super(500);
    }
  }

  private final class Users implements UserRepository {
    @Override
    public Optional<User> findByUsername(String username) {
      return store.stream().filter(u -> u.username().equals(username)).findFirst();
    }

    @Override
    public List<User> all() {
      return List.copyOf(store);
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

  private final class RecordingAudit extends AuditLog {
    @Override
    public void record(Actor actor, String action, String subject, String details) {
      // In words: the English of a coded detail is the sentence it had before.
      audited.add(action + " " + subject + ": " + CodedDetails.text(details, Locale.ENGLISH));
    }

    @Override
    public void recordAlone(Actor actor, String action, String subject, String details) {
      record(actor, action, subject, details);
    }
  }
}
