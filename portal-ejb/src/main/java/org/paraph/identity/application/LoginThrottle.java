package org.paraph.identity.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers failed logins per user name and per client address, and says when a new attempt must be
 * refused before any password is hashed. A successful login does not wipe the failures: else a
 * guesser would get fresh tries each time the real user (or an API client using that name) logs in;
 * they are forgotten once the window has passed without a new one. The state lives in this node's
 * memory only: with several nodes behind a load balancer each node counts on its own (README says
 * so).
 */
final class LoginThrottle {

  private final LoginThrottlePolicy policy;
  private final Clock clock;
  private final Failures byName;
  private final Failures byAddress;

  LoginThrottle(LoginThrottlePolicy policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
    this.byName = new Failures(policy.freePerName(), policy.maxLockPerName(), policy.maxTracked());
    this.byAddress =
        new Failures(policy.freePerAddress(), policy.maxLockPerAddress(), policy.maxTracked());
  }

  /** How long the caller must wait before trying this name from this address; empty: go on. */
  synchronized Optional<Duration> refusal(String username, String address) {
    Instant now = clock.instant();
    Duration wait =
        max(
            byName.remainingLock(nameKey(username), now),
            byAddress.remainingLock(addressKey(address), now));
    return wait.isZero() ? Optional.empty() : Optional.of(roundedUp(wait));
  }

  /**
   * Counts a wrong password (or unknown name) and says whether it is worth an audit row: the first
   * failure of a window and each failure that starts a lock are; the others would only flood the
   * log.
   */
  synchronized Failure failed(String username, String address) {
    Instant now = clock.instant();
    Failures.Count name = byName.fail(nameKey(username), now);
    Failures.Count addr = byAddress.fail(addressKey(address), now);
    boolean worthAuditing = name.first() || name.locks() || addr.first() || addr.locks();
    Duration lock = max(name.lock(), addr.lock());
    return new Failure(
        worthAuditing, name.failures(), lock.isZero() ? Optional.empty() : Optional.of(lock));
  }

  private static String nameKey(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  private static String addressKey(String address) {
    return address == null ? "" : address;
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  private static Duration roundedUp(Duration wait) {
    long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
    return Duration.ofSeconds(Math.max(1, seconds));
  }

  /**
   * What one failure did.
   *
   * @param worthAuditing whether to write an audit row for it
   * @param nameFailures failures of this user name in the current window
   * @param lock the lock it started, if any
   */
  record Failure(boolean worthAuditing, int nameFailures, Optional<Duration> lock) {}

  /** Failures per key, the least recently seen forgotten first beyond the bound. */
  private final class Failures {

    private final int free;
    private final Duration maxLock;
    private final Map<String, State> states;

    Failures(int free, Duration maxLock, int maxTracked) {
      this.free = free;
      this.maxLock = maxLock;
      this.states =
          new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, State> eldest) {
              return size() > maxTracked;
            }
          };
    }

    Duration remainingLock(String key, Instant now) {
      State state = current(key, now);
      if (state == null || state.lockedUntil == null || !state.lockedUntil.isAfter(now)) {
        return Duration.ZERO;
      }
      return Duration.between(now, state.lockedUntil);
    }

    Count fail(String key, Instant now) {
      State state = current(key, now);
      boolean first = state == null;
      if (first) {
        state = new State();
        states.put(key, state);
      }
      state.failures++;
      state.lastFailure = now;
      Duration lock = Duration.ZERO;
      if (state.failures >= free) {
        lock = lockAfter(state.failures - free);
        state.lockedUntil = now.plus(lock);
      }
      return new Count(first, !lock.isZero(), state.failures, lock);
    }

    /** The key's state, or null when it has none or its failures are old enough to forget. */
    private State current(String key, Instant now) {
      State state = states.get(key);
      if (state == null) {
        return null;
      }
      Instant since = state.lockedUntil == null ? state.lastFailure : state.lockedUntil;
      if (!now.isBefore(since.plus(policy.window()))) {
        states.remove(key);
        return null;
      }
      return state;
    }

    /** The first lock, doubled for each failure beyond the free ones, never beyond the maximum. */
    private Duration lockAfter(int beyondFree) {
      Duration lock = policy.firstLock().multipliedBy(1L << Math.min(20, beyondFree));
      return lock.compareTo(maxLock) > 0 ? maxLock : lock;
    }

    private record Count(boolean first, boolean locks, int failures, Duration lock) {}
  }

  private static final class State {
    int failures;
    Instant lastFailure;
    Instant lockedUntil;
  }
}
