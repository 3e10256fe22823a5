package org.paraph.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A token bucket per client address: {@code capacity} requests at once, refilled at {@code
 * capacity} per minute. In this node's memory, for at most {@code maxTracked} addresses (the least
 * recently seen forgotten first, which only gives them a full bucket again).
 */
final class TokenBuckets {

  private final int capacity;
  private final double tokensPerNano;
  private final Clock clock;
  private final Map<String, Bucket> buckets;

  TokenBuckets(int perMinute, int maxTracked, Clock clock) {
    this.capacity = Math.max(1, perMinute);
    this.tokensPerNano = capacity / (double) Duration.ofMinutes(1).toNanos();
    this.clock = clock;
    this.buckets =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > maxTracked;
          }
        };
  }

  /** Takes a token for this address; when there is none, how long until there is one. */
  synchronized Optional<Duration> take(String address) {
    Instant now = clock.instant();
    Bucket bucket = buckets.computeIfAbsent(address, a -> new Bucket(capacity, now));
    double elapsed = Math.max(0, Duration.between(bucket.updated, now).toNanos());
    bucket.tokens = Math.min(capacity, bucket.tokens + elapsed * tokensPerNano);
    bucket.updated = now;
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return Optional.empty();
    }
    long nanos = (long) Math.ceil((1 - bucket.tokens) / tokensPerNano);
    return Optional.of(Duration.ofSeconds(Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L)));
  }

  private static final class Bucket {
    double tokens;
    Instant updated;

    Bucket(double tokens, Instant updated) {
      this.tokens = tokens;
      this.updated = updated;
    }
  }
}
