package org.paraph.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The login throttling policy and the cap on concurrent password hashing. README.md lists the
 * variables. The field values are the defaults too, for a service wired by hand in unit tests.
 */
@ApplicationScoped
public class LoginThrottleSettings {

  /** Failures of whoever forgets their password are remembered this long. */
  static final Duration WINDOW = Duration.ofMinutes(15);

  private static final int MAX_TRACKED = 50_000;

  @Inject
  @ConfigProperty(name = "paraph.login.free.failures", defaultValue = "5")
  int freePerName = 5;

  @Inject
  @ConfigProperty(name = "paraph.login.free.failures.per.address", defaultValue = "20")
  int freePerAddress = 20;

  @Inject
  @ConfigProperty(name = "paraph.login.lock.seconds", defaultValue = "60")
  int firstLockSeconds = 60;

  /** The bound README promises: a real user waits at most this long for a name to unlock. */
  @Inject
  @ConfigProperty(name = "paraph.login.max.lock.minutes", defaultValue = "15")
  int maxNameLockMinutes = 15;

  @Inject
  @ConfigProperty(name = "paraph.login.max.address.lock.minutes", defaultValue = "60")
  int maxAddressLockMinutes = 60;

  /** 0: twice the number of cores. */
  @Inject
  @ConfigProperty(name = "paraph.login.max.concurrent.hashes", defaultValue = "0")
  int maxConcurrentHashes = 0;

  public LoginThrottlePolicy policy() {
    return new LoginThrottlePolicy(
        freePerName,
        Duration.ofMinutes(Math.max(1, maxNameLockMinutes)),
        freePerAddress,
        Duration.ofMinutes(Math.max(1, maxAddressLockMinutes)),
        Duration.ofSeconds(Math.max(1, firstLockSeconds)),
        WINDOW,
        MAX_TRACKED);
  }

  /**
   * How many passwords this node hashes at once. PBKDF2 at 600,000 iterations is CPU work and
   * nothing else, so more threads than about two per core only queue up; beyond this bound a login
   * is answered "busy" at once instead of waiting, so that guessing cannot take every core.
   */
  public int maxConcurrentHashes() {
    return maxConcurrentHashes > 0
        ? maxConcurrentHashes
        : 2 * Runtime.getRuntime().availableProcessors();
  }

  /** Not configurable: a unit test shortens it. */
  long hashingWaitMillis = 2_000;

  /** How long a login waits for a free hashing slot before it is answered "busy". */
  public Duration hashingWait() {
    return Duration.ofMillis(hashingWaitMillis);
  }
}
