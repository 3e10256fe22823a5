package org.paraph.workflows.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rule that decides whether a link may ask for another one-time password: 3 in any 10 minutes
 * by default, a window that slides as time moves, and a memory that never grows past the limit.
 */
class OtpRequestLimitTest {

  private static final Instant T0 = Instant.parse("2026-12-06T09:00:00Z");
  private static final OtpRequestLimit LIMIT = OtpRequestLimit.DEFAULT;

  @Test
  void threeRequestsPassAndTheFourthWaitsUntilTheFirstIsTenMinutesOld() {
    List<Instant> requests = new ArrayList<>();
    for (int second : new int[] {0, 20, 40}) {
      Instant now = T0.plusSeconds(second);
      assertEquals(Optional.empty(), LIMIT.nextAllowedAt(requests, now));
      requests = LIMIT.afterRequestAt(requests, now);
    }
    assertEquals(Optional.of(T0.plus(Duration.ofMinutes(10))), LIMIT.nextAllowedAt(requests, T0));
    assertEquals(
        Optional.of(T0.plus(Duration.ofMinutes(10))),
        LIMIT.nextAllowedAt(requests, T0.plus(Duration.ofMinutes(9))));
    assertEquals(
        Optional.empty(),
        LIMIT.nextAllowedAt(requests, T0.plus(Duration.ofMinutes(10))),
        "the first request has left the window");
  }

  @Test
  void theWindowSlidesSoNoTenMinutesEverSeeMoreThanThree() {
    List<Instant> requests = new ArrayList<>();
    List<Instant> granted = new ArrayList<>();
    // Someone asks every 30 seconds for two hours.
    for (Instant now = T0; now.isBefore(T0.plus(Duration.ofHours(2))); now = now.plusSeconds(30)) {
      if (LIMIT.nextAllowedAt(requests, now).isEmpty()) {
        requests = LIMIT.afterRequestAt(requests, now);
        granted.add(now);
      }
    }
    for (Instant start : granted) {
      long inWindow =
          granted.stream()
              .filter(t -> !t.isBefore(start) && t.isBefore(start.plus(LIMIT.window())))
              .count();
      assertTrue(inWindow <= 3, () -> inWindow + " codes in 10 minutes from " + start);
    }
    assertEquals(36, granted.size(), "3 every 10 minutes for 2 hours: " + granted);
  }

  @Test
  void onlyTheLastRequestsWithinTheWindowAreRemembered() {
    List<Instant> old = List.of(T0, T0.plusSeconds(60), T0.plusSeconds(120), T0.plusSeconds(180));
    Instant now = T0.plus(Duration.ofMinutes(12));
    assertEquals(
        List.of(T0.plusSeconds(180), now),
        LIMIT.afterRequestAt(old, now),
        "older than ten minutes: forgotten");
    assertEquals(
        List.of(T0.plusSeconds(60), T0.plusSeconds(120), T0.plusSeconds(130)),
        LIMIT.afterRequestAt(
            List.of(T0, T0.plusSeconds(60), T0.plusSeconds(120)), T0.plusSeconds(130)),
        "never more than the limit");
  }

  @Test
  void aTimeWrittenByANodeWhoseClockRunsAheadHoldsTheLinkAtMostOneWindow() {
    Instant ahead = T0.plus(Duration.ofHours(1));
    List<Instant> requests = List.of(ahead, ahead, ahead);
    assertEquals(Optional.of(T0.plus(Duration.ofMinutes(10))), LIMIT.nextAllowedAt(requests, T0));
  }

  @Test
  void aConfiguredLimitCountsItsOwnNumberAndWindow() {
    OtpRequestLimit one = new OtpRequestLimit(1, Duration.ofMinutes(2));
    List<Instant> requests = one.afterRequestAt(List.of(), T0);
    assertEquals(Optional.of(T0.plusSeconds(120)), one.nextAllowedAt(requests, T0.plusSeconds(1)));
    assertEquals(Optional.empty(), one.nextAllowedAt(requests, T0.plusSeconds(120)));
  }

  @Test
  void admittingARequestRemembersItOrRefusesItSayingWhenTheNextFits() {
    List<Instant> requests = LIMIT.admit(List.of(), T0);
    requests = LIMIT.admit(requests, T0.plusSeconds(20));
    requests = LIMIT.admit(requests, T0.plusSeconds(40));
    assertEquals(List.of(T0, T0.plusSeconds(20), T0.plusSeconds(40)), requests);

    List<Instant> full = requests;
    OtpRequestsExceededException refused =
        assertThrows(
            OtpRequestsExceededException.class, () -> LIMIT.admit(full, T0.plusSeconds(60)));
    assertEquals("otp-rate-limited", refused.problemType());
    assertEquals(
        List.of(T0.plusSeconds(20), T0.plusSeconds(40), T0.plus(Duration.ofMinutes(10))),
        LIMIT.admit(full, T0.plus(Duration.ofMinutes(10))));
  }

  @Test
  void aLimitAllowsAtLeastOneCodeInAWindowLongerThanZero() {
    assertThrows(
        IllegalArgumentException.class, () -> new OtpRequestLimit(0, Duration.ofMinutes(1)));
    assertThrows(IllegalArgumentException.class, () -> new OtpRequestLimit(3, Duration.ZERO));
  }
}
