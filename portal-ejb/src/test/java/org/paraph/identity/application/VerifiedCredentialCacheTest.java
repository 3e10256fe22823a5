package org.paraph.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paraph.identity.domain.AuthenticatedUser;
import org.paraph.identity.domain.Role;

class VerifiedCredentialCacheTest {

  private static final AuthenticatedUser ALICE =
      new AuthenticatedUser("alice", "Alice", Set.of(Role.USER));

  private static final String HASH = "pbkdf2-sha256$600000$salt$hash";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
  private final VerifiedCredentialCache cache =
      new VerifiedCredentialCache(Duration.ofMinutes(5), clock);

  @Test
  void aVerifiedCredentialIsRememberedForItsTimeToLiveOnly() {
    cache.remember("alice", "pw".toCharArray(), HASH, ALICE);
    assertEquals(Optional.of(ALICE), cache.find("alice", "pw".toCharArray(), HASH));

    clock.now = clock.now.plus(Duration.ofMinutes(6));
    assertTrue(cache.find("alice", "pw".toCharArray(), HASH).isEmpty());
  }

  @Test
  void anotherPasswordIsNotFound() {
    cache.remember("alice", "pw".toCharArray(), HASH, ALICE);
    assertTrue(cache.find("alice", "pw2".toCharArray(), HASH).isEmpty());
    assertTrue(
        cache.find("alic", "epw".toCharArray(), HASH).isEmpty(),
        "user name and password do not run together");
  }

  @Test
  void aPasswordChangedElsewhereMakesTheEntryUnreachable() {
    cache.remember("alice", "pw".toCharArray(), HASH, ALICE);
    assertTrue(
        cache.find("alice", "pw".toCharArray(), "pbkdf2-sha256$600000$salt$other").isEmpty());
  }

  @Test
  void aForgottenUserMustBeVerifiedAgain() {
    cache.remember("alice", "pw".toCharArray(), HASH, ALICE);
    cache.forget("alice");
    assertTrue(cache.find("alice", "pw".toCharArray(), HASH).isEmpty());
  }

  private static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
