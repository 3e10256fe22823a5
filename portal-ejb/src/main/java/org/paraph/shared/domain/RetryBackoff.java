package org.paraph.shared.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * When an outbox entry (a mail, a callback) is tried again after a failed attempt: 2 s, 4 s, 8 s...
 * doubling, at most an hour apart, so a short outage is ridden out at once and a long one costs
 * little.
 */
public final class RetryBackoff {

  private static final Duration FIRST_RETRY = Duration.ofSeconds(2);
  private static final Duration LONGEST_RETRY = Duration.ofHours(1);
  private static final int MAX_ERROR = 1000;

  private RetryBackoff() {}

  /** The time of the next attempt after {@code attempts} failed ones (at least one). */
  public static Instant nextAttempt(int attempts, Instant now) {
    Duration delay = FIRST_RETRY.multipliedBy(1L << Math.min(Math.max(attempts, 1) - 1, 20));
    return now.plus(delay.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay);
  }

  /** An error as kept beside the entry: its first thousand characters. */
  public static String keptError(String error) {
    return error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR));
  }
}
