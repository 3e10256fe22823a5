package org.paraph.identity.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The login throttle with the default policy (5 free failures per name, 20 per address, locks from
 * 1 minute doubling up to 15 minutes for a name, 60 for an address), time moved by the test.
 */
class LoginThrottleTest {

  private static final String GUESSER = "203.0.113.66";
  private static final String ELSEWHERE = "198.51.100.7";

  private final MovingClock clock = new MovingClock();
  private final LoginThrottle throttle =
      new LoginThrottle(new LoginThrottleSettings().policy(), clock);

  @Test
  void fiveFailuresAreFreeThenTheNameIsRefusedWithTheTimeToWait() {
    for (int i = 1; i <= 5; i++) {
      assertEquals(Optional.empty(), throttle.refusal("alice", GUESSER), "try " + i + " is free");
      throttle.failed("alice", GUESSER);
    }
    assertEquals(Optional.of(Duration.ofMinutes(1)), throttle.refusal("alice", GUESSER));

    clock.move(Duration.ofSeconds(45));
    assertEquals(Optional.of(Duration.ofSeconds(15)), throttle.refusal("alice", GUESSER));
  }

  @Test
  void eachFailureAfterALockDoublesTheNextLockUpToFifteenMinutes() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("alice", GUESSER);
    }
    long[] expectedMinutes = {2, 4, 8, 15, 15, 15};
    for (long minutes : expectedMinutes) {
      clock.move(throttle.refusal("alice", GUESSER).orElseThrow());
      assertEquals(Optional.empty(), throttle.refusal("alice", GUESSER), "the lock has passed");
      throttle.failed("alice", GUESSER);
      assertEquals(Optional.of(Duration.ofMinutes(minutes)), throttle.refusal("alice", ELSEWHERE));
    }
  }

  @Test
  void aRealUserOnAnotherAddressWaitsAtMostFifteenMinutesHoweverLongTheGuessing() {
    // The guesser spreads over many addresses, so that no address lock holds them back.
    for (int i = 0; i < 200; i++) {
      throttle.refusal("alice", "192.0.2." + i).ifPresent(clock::move);
      throttle.failed("alice", "192.0.2." + i);
    }
    Duration wait = throttle.refusal("alice", ELSEWHERE).orElseThrow();
    assertTrue(wait.compareTo(Duration.ofMinutes(15)) <= 0, wait.toString());
    clock.move(wait);
    assertEquals(Optional.empty(), throttle.refusal("alice", ELSEWHERE));
  }

  @Test
  void theNameLockHoldsOnEveryAddressAndTheAddressLockOnEveryName() {
    for (int i = 0; i < 5; i++) {
      throttle.failed("alice", GUESSER);
    }
    assertTrue(throttle.refusal("alice", ELSEWHERE).isPresent(), "alice from anywhere");
    assertEquals(Optional.empty(), throttle.refusal("bob", GUESSER), "bob: 5 of 20 for GUESSER");

    for (int i = 0; i < 15; i++) {
      throttle.failed("user" + i, GUESSER);
    }
    assertEquals(Optional.of(Duration.ofMinutes(1)), throttle.refusal("bob", GUESSER));
    assertEquals(Optional.empty(), throttle.refusal("bob", ELSEWHERE), "bob elsewhere is free");
  }

  @Test
  void anAddressLockGrowsBeyondANameLockButStaysBounded() {
    for (int i = 0; i < 20; i++) {
      throttle.failed("user" + i, GUESSER);
    }
    for (int i = 0; i < 10; i++) {
      clock.move(throttle.refusal("fresh" + i, GUESSER).orElseThrow());
      throttle.failed("fresh" + i, GUESSER);
    }
    assertEquals(Optional.of(Duration.ofMinutes(60)), throttle.refusal("nobody", GUESSER));
  }

  @Test
  void failuresAreForgottenOnceTheWindowHasPassedWithoutANewOne() {
    for (int i = 0; i < 4; i++) {
      throttle.failed("alice", GUESSER);
    }
    clock.move(Duration.ofMinutes(15));
    throttle.failed("alice", GUESSER);
    assertEquals(Optional.empty(), throttle.refusal("alice", GUESSER), "1 failure of 5, not 5");
  }

  @Test
  void userNamesDifferingOnlyInCaseOrSpacesShareTheirCount() {
    throttle.failed("Alice", GUESSER);
    throttle.failed("alice ", GUESSER);
    throttle.failed("ALICE", GUESSER);
    throttle.failed("alice", GUESSER);
    throttle.failed(" alice", GUESSER);
    assertTrue(throttle.refusal("alice", ELSEWHERE).isPresent());
  }

  @Test
  void onlyTheFirstFailureOfAWindowAndTheFailuresThatLockAreWorthAnAuditRow() {
    int audited = 0;
    for (int i = 0; i < 5; i++) {
      if (throttle.failed("alice", GUESSER).worthAuditing()) {
        audited++;
      }
    }
    assertEquals(2, audited, "the first failure and the fifth, which locks");

    clock.move(throttle.refusal("alice", GUESSER).orElseThrow());
    LoginThrottle.Failure sixth = throttle.failed("alice", GUESSER);
    assertTrue(sixth.worthAuditing(), "it starts a new, longer lock");
    assertEquals(Optional.of(Duration.ofMinutes(2)), sixth.lock());

    clock.move(Duration.ofMinutes(30));
    assertTrue(throttle.failed("alice", GUESSER).worthAuditing(), "a new window");
    assertFalse(throttle.failed("alice", GUESSER).worthAuditing());
  }

  @Test
  void theNumberOfRememberedNamesIsBounded() {
    LoginThrottlePolicy small =
        new LoginThrottlePolicy(
            5,
            Duration.ofMinutes(15),
            1_000_000,
            Duration.ofHours(1),
            Duration.ofMinutes(1),
            Duration.ofMinutes(15),
            100);
    LoginThrottle bounded = new LoginThrottle(small, clock);
    for (int i = 0; i < 5; i++) {
      bounded.failed("alice", GUESSER);
    }
    for (int i = 0; i < 1_000; i++) {
      bounded.failed("spray" + i, GUESSER);
    }
    // The least recently seen were forgotten: alice's lock went with them, memory stayed bounded.
    assertEquals(Optional.empty(), bounded.refusal("alice", ELSEWHERE));
    assertTrue(bounded.refusal("spray999", ELSEWHERE).isEmpty(), "one failure is free");
  }

  private static final class MovingClock extends Clock {
    private Instant now = Instant.parse("2026-12-06T10:00:00Z");

    void move(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
