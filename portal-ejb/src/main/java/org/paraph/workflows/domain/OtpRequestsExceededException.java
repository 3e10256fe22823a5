package org.paraph.workflows.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;

/**
 * The holder of a link asked for more one-time passwords than {@link OtpRequestLimit} allows: no
 * code was sent. The message says when they may ask again; the API also gives it in seconds.
 */
public class OtpRequestsExceededException extends PortalException {

  private final Instant allowedAt;
  private final Duration retryAfter;

  public OtpRequestsExceededException(OtpRequestLimit limit, Instant allowedAt, Instant now) {
    super(FailureKind.TOO_MANY_REQUESTS, "otp-rate-limited", message(limit, allowedAt, now));
    this.allowedAt = allowedAt;
    this.retryAfter = wholeSeconds(allowedAt, now);
  }

  /** When a new code may be asked for. */
  public Instant allowedAt() {
    return allowedAt;
  }

  /** How long to wait, in whole seconds rounded up, at least one. */
  public Duration retryAfter() {
    return retryAfter;
  }

  private static ProblemText message(OtpRequestLimit limit, Instant allowedAt, Instant now) {
    long seconds = wholeSeconds(allowedAt, now).toSeconds();
    // Rounded up to the minute: "after 14:33" must not be a minute too early.
    Instant shown =
        allowedAt.truncatedTo(ChronoUnit.MINUTES).equals(allowedAt)
            ? allowedAt
            : allowedAt.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
    ProblemText codes =
        limit.requests() == 1
            ? ProblemText.of("problem.otp-rate-limited.code")
            : ProblemText.of("problem.otp-rate-limited.codes", limit.requests());
    ProblemText wait = seconds < 60 ? inSeconds(seconds) : inMinutes(minutes(seconds));
    return ProblemText.of("problem.otp-rate-limited", codes, describe(limit.window()), shown, wait);
  }

  private static ProblemText inSeconds(long seconds) {
    return seconds == 1
        ? ProblemText.of("problem.time.second")
        : ProblemText.of("problem.time.seconds", seconds);
  }

  private static ProblemText inMinutes(long minutes) {
    return minutes == 1
        ? ProblemText.of("problem.time.minute")
        : ProblemText.of("problem.time.minutes", minutes);
  }

  private static long minutes(long seconds) {
    return (seconds + 59) / 60;
  }

  private static ProblemText describe(Duration window) {
    long minutes = window.toMinutes();
    if (window.toSeconds() % 60 != 0 || minutes == 0) {
      return ProblemText.of("problem.time.seconds", window.toSeconds());
    }
    return minutes == 1
        ? ProblemText.of("problem.otp-rate-limited.minute")
        : ProblemText.of("problem.time.minutes", minutes);
  }

  private static Duration wholeSeconds(Instant allowedAt, Instant now) {
    long millis = Math.max(0, Duration.between(now, allowedAt).toMillis());
    return Duration.ofSeconds(Math.max(1, (millis + 999) / 1000));
  }
}
