package org.paraph.verification.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Whether the EU trusted lists served as trust anchors in a verification, beside the portal's own
 * anchors, and why not when they did not. The lists are loaded in the background, so a verification
 * reports the state of the last load.
 *
 * @param state where loading stands
 * @param lotlUrl where the list of trusted lists (LOTL) is loaded from; {@code null} when switched
 *     off
 * @param lastLoaded when the lists in use were downloaded; {@code null} if never
 * @param lastAttempt when loading was last tried; {@code null} if not yet
 * @param trustedLists how many trusted lists (one per country) are in use
 * @param certificates how many certificates they make trust anchors
 * @param problem why the lists are not used, or, while earlier lists are still in use, what went
 *     wrong with the last attempt to refresh them; {@code null} when nothing went wrong
 */
public record TrustedListStatus(
    State state,
    String lotlUrl,
    Instant lastLoaded,
    Instant lastAttempt,
    int trustedLists,
    int certificates,
    String problem) {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** Where loading the trusted lists stands. */
  public enum State {
    /** Switched off in the configuration: only the portal's own anchors are trusted. */
    DISABLED,
    /** Being loaded for the first time; until then only the portal's own anchors are trusted. */
    LOADING,
    /** Loaded, verified and in use. */
    LOADED,
    /** Could not be loaded or verified: only the portal's own anchors are trusted. */
    UNAVAILABLE
  }

  public TrustedListStatus {
    Objects.requireNonNull(state, "state");
  }

  public static TrustedListStatus disabled() {
    return new TrustedListStatus(State.DISABLED, null, null, null, 0, 0, null);
  }

  /** Whether certificates from the EU trusted lists were trust anchors. */
  public boolean used() {
    return state == State.LOADED;
  }

  /** One sentence for a person: whether the lists were used, since when, or why not. */
  public String summary() {
    return switch (state) {
      case DISABLED ->
          "EU trusted lists not used: switched off in this portal's configuration; only the"
              + " authorities this portal trusts itself count.";
      case LOADING ->
          "EU trusted lists not used yet: they are being loaded; only the authorities this portal"
              + " trusts itself count.";
      case LOADED ->
          "EU trusted lists used: "
              + trustedLists
              + (trustedLists == 1 ? " list" : " lists")
              + ", "
              + certificates
              + (certificates == 1 ? " certificate" : " certificates")
              + (lastLoaded == null ? "" : ", loaded " + TIME.format(lastLoaded))
              + "."
              + (problem == null ? "" : " The last refresh failed: " + problem + ".");
      case UNAVAILABLE ->
          "EU trusted lists not used: "
              + (problem == null ? "they could not be loaded" : problem)
              + "; only the authorities this portal trusts itself count.";
    };
  }
}
