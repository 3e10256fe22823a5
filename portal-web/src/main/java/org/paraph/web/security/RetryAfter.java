package org.paraph.web.security;

import java.time.Duration;

/** A wait as a person reads it: "45 seconds", "1 minute", "15 minutes". */
final class RetryAfter {

  private RetryAfter() {}

  static String inWords(Duration wait) {
    long seconds = Math.max(1, wait.toSeconds());
    if (seconds < 60) {
      return seconds == 1 ? "1 second" : seconds + " seconds";
    }
    long minutes = (seconds + 59) / 60;
    return minutes == 1 ? "1 minute" : minutes + " minutes";
  }
}
