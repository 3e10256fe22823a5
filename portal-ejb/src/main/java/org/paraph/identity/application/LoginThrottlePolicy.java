package org.paraph.identity.application;

import java.time.Duration;

/**
 * How many failed logins are free, and how long a user name or a client address is then refused.
 * After {@code free} failures the key is locked for {@code firstLock}; each further failure (once
 * the lock has passed) doubles the lock, up to {@code maxLock}. Failures older than {@code window}
 * (counted from the end of the last lock) are forgotten.
 *
 * @param freePerName failures a user name may have before it is locked
 * @param maxLockPerName longest lock of a user name: a real user, on another address than the
 *     guesser, waits at most this long
 * @param freePerAddress failures a client address may have, over all names, before it is locked
 * @param maxLockPerAddress longest lock of a client address
 * @param firstLock the first lock, doubled on each further failure
 * @param window how long failures are remembered
 * @param maxTracked how many names (and as many addresses) are remembered at most; the least
 *     recently seen are forgotten first
 */
public record LoginThrottlePolicy(
    int freePerName,
    Duration maxLockPerName,
    int freePerAddress,
    Duration maxLockPerAddress,
    Duration firstLock,
    Duration window,
    int maxTracked) {

  public LoginThrottlePolicy {
    freePerName = Math.max(1, freePerName);
    freePerAddress = Math.max(1, freePerAddress);
    maxTracked = Math.max(100, maxTracked);
  }
}
