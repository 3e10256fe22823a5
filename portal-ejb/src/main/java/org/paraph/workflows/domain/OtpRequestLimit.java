package org.paraph.workflows.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How many one-time passwords the holder of one link may ask for within a sliding window, for
 * example 3 in 10 minutes. Every code sent by SMS costs the organisation money, and a link can be
 * forwarded or leaked: without a limit, whoever holds it sends SMS after SMS (toll fraud) or floods
 * a mailbox. The window slides, so that no 10 minutes ever see more than the allowed number.
 *
 * @param requests codes a link may ask for within the window, at least 1
 * @param window how far back requests count
 */
public record OtpRequestLimit(int requests, Duration window) {

  /** What suits a person: a code, a second one if it went astray, a third, then a pause. */
  public static final OtpRequestLimit DEFAULT = new OtpRequestLimit(3, Duration.ofMinutes(10));

  public OtpRequestLimit {
    Objects.requireNonNull(window, "window");
    if (requests < 1) {
      throw new IllegalArgumentException("at least one request per window, not " + requests);
    }
    if (window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a window longer than zero, not " + window);
    }
  }

  /**
   * When a new request will be allowed, given the earlier ones; empty when it is allowed now.
   *
   * @param earlier the times of earlier requests with this link, in any order
   */
  public Optional<Instant> nextAllowedAt(List<Instant> earlier, Instant now) {
    List<Instant> recent = recent(earlier, now);
    if (recent.size() < requests) {
      return Optional.empty();
    }
    // The request that has to leave the window before another one fits.
    Instant leaving = recent.get(recent.size() - requests);
    Instant allowedAt = leaving.plus(window);
    // A time written by a node whose clock runs ahead must not hold the link longer than a window.
    Instant latest = now.plus(window);
    return Optional.of(allowedAt.isAfter(latest) ? latest : allowedAt);
  }

  /**
   * The requests worth remembering once a new one is made now: the recent ones and this one, at
   * most {@link #requests()} of them, oldest first.
   */
  public List<Instant> afterRequestAt(List<Instant> earlier, Instant now) {
    List<Instant> kept = new ArrayList<>(recent(earlier, now));
    kept.add(now);
    kept.sort(Comparator.naturalOrder());
    return List.copyOf(kept.subList(Math.max(0, kept.size() - requests), kept.size()));
  }

  /**
   * Admits a request made now: the requests to remember from then on (as {@link #afterRequestAt}).
   *
   * @throws OtpRequestsExceededException when the earlier requests leave no room for it now
   */
  public List<Instant> admit(List<Instant> earlier, Instant now) {
    Optional<Instant> allowedAt = nextAllowedAt(earlier, now);
    if (allowedAt.isPresent()) {
      throw new OtpRequestsExceededException(this, allowedAt.get(), now);
    }
    return afterRequestAt(earlier, now);
  }

  /** The requests still inside the window, oldest first. */
  private List<Instant> recent(List<Instant> earlier, Instant now) {
    Instant start = now.minus(window);
    return earlier.stream().filter(t -> t.isAfter(start)).sorted().toList();
  }
}
