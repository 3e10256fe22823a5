package org.paraph.verification.domain;

import java.time.Instant;
import java.util.Objects;
import org.paraph.shared.i18n.PortalTexts;

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

  /** One sentence for a person, in English: whether the lists were used, since when, or why not. */
  public String summary() {
    return summary(PortalTexts.english());
  }

  /** The {@link #summary()} in the language of {@code texts}; the problem in its own words. */
  public String summary(PortalTexts texts) {
    return switch (state) {
      case DISABLED -> texts.text("lists.disabled");
      case LOADING -> texts.text("lists.loading");
      case LOADED -> {
        String loaded = lastLoaded == null ? "" : texts.text("lists.loaded-at", lastLoaded);
        yield problem == null
            ? texts.text("lists.loaded", trustedLists, certificates, loaded)
            : texts.text(
                "lists.loaded-refresh-failed", trustedLists, certificates, loaded, problem);
      }
      case UNAVAILABLE ->
          texts.text(
              "lists.unavailable",
              problem == null ? texts.text("lists.unavailable-unknown") : problem);
    };
  }
}
