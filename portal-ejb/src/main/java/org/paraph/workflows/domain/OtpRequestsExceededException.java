package org.paraph.workflows.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;

/**
 * The holder of a link asked for more one-time passwords than {@link OtpRequestLimit} allows: no
 * code was sent. The message says when they may ask again; the API also gives it in seconds.
 */
public class OtpRequestsExceededException extends PortalException {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

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

  private static String message(OtpRequestLimit limit, Instant allowedAt, Instant now) {
    long seconds = wholeSeconds(allowedAt, now).toSeconds();
    // Rounded up to the minute: "after 14:33" must not be a minute too early.
    Instant shown =
        allowedAt.truncatedTo(ChronoUnit.MINUTES).equals(allowedAt)
            ? allowedAt
            : allowedAt.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1));
    String wait =
        seconds < 60
            ? seconds + (seconds == 1 ? " second" : " seconds")
            : minutes(seconds) + (minutes(seconds) == 1 ? " minute" : " minutes");
    return "You have asked for "
        + limit.requests()
        + (limit.requests() == 1 ? " code" : " codes")
        + " in the last "
        + describe(limit.window())
        + ", the most this link allows. Use the latest code you received, or ask for a new one"
        + " after "
        + TIME.format(shown)
        + " (in "
        + wait
        + ").";
  }

  private static long minutes(long seconds) {
    return (seconds + 59) / 60;
  }

  private static String describe(Duration window) {
    long minutes = window.toMinutes();
    if (window.toSeconds() % 60 != 0 || minutes == 0) {
      return window.toSeconds() + " seconds";
    }
    return minutes == 1 ? "minute" : minutes + " minutes";
  }

  private static Duration wholeSeconds(Instant allowedAt, Instant now) {
    long millis = Math.max(0, Duration.between(now, allowedAt).toMillis());
    return Duration.ofSeconds(Math.max(1, (millis + 999) / 1000));
  }
}
