package org.paraph.operations.infrastructure;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The last value read from the database, kept for a while: the gauges of one scrape share one
 * reading, and scrapes that come often do not read more often than that.
 */
final class RecentReading<T> {

  private final long keptNanos;
  private volatile Kept<T> kept;

  private record Kept<T>(T value, long readAtNanos) {}

  RecentReading(Duration keptFor) {
    this.keptNanos = keptFor.toNanos();
  }

  /** The last value if read less than the kept time ago, else a new one from {@code read}. */
  T get(Supplier<T> read) {
    Kept<T> last = kept;
    long now = System.nanoTime();
    if (last == null || now - last.readAtNanos() > keptNanos) {
      last = new Kept<>(read.get(), now);
      kept = last;
    }
    return last.value();
  }
}
