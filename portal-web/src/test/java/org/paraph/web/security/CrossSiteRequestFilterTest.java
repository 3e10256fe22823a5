package org.paraph.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paraph.shared.i18n.PseudoLocale;
import org.paraph.web.i18n.FixedLocaleTexts;
import org.paraph.web.i18n.Texts;

/** Which requests authenticated by the session cookie the portal takes as its own pages'. */
class CrossSiteRequestFilterTest {

  /** The public address's origin and the request's own. */
  private static final Texts ENGLISH = FixedLocaleTexts.in(Locale.ENGLISH);

  private static final Set<String> OWN =
      Set.of(
          Origins.of("https://portal.example/").orElseThrow(),
          Origins.of("http", "localhost", 8080));

  @Test
  void thePortalsOwnPageWithTheTokenPasses() {
    assertEquals(Optional.empty(), refusal("https://portal.example", "same-origin", true));
    assertEquals(Optional.empty(), refusal("https://PORTAL.example:443", null, true));
    assertEquals(Optional.empty(), refusal("http://localhost:8080", "same-origin", true));
    assertEquals(Optional.empty(), refusal(null, "same-origin", true));
    // A browser that says nothing of where the request comes from, with the token.
    assertEquals(Optional.empty(), refusal(null, null, true));
  }

  @Test
  void anotherSiteIsRefusedEvenWithTheToken() {
    assertRefused(refusal("https://evil.example", null, true));
    assertRefused(refusal("https://evil.example", "same-origin", true));
    assertRefused(refusal("http://portal.example", null, true));
    assertRefused(refusal("https://portal.example:8443", null, true));
    assertRefused(refusal("https://portal.example.evil.example", null, true));
    assertRefused(refusal("null", null, true));
    assertRefused(refusal(null, "cross-site", true));
    assertRefused(refusal(null, "same-site", true));
    assertRefused(refusal("https://portal.example", "cross-site", true));
  }

  @Test
  void withoutTheTokenNothingPasses() {
    assertRefused(refusal("https://portal.example", "same-origin", false));
    assertRefused(refusal(null, null, false));
  }

  @Test
  void aPortalReachedAtItsPublicAddressHasOneOrigin() {
    String own = Origins.of("http", "localhost", 8080);
    Set<String> origins = CrossSiteRequestFilter.ownOrigins(own, own);
    assertEquals(Set.of(own), origins);
    assertEquals(
        Optional.empty(),
        CrossSiteRequestFilter.refusal(
            ENGLISH, "http://localhost:8080", "same-origin", true, origins));
    assertRefused(CrossSiteRequestFilter.refusal(ENGLISH, null, null, false, origins));
  }

  @Test
  void theRefusalSaysWhyInTheRequestsLanguage() {
    assertEquals(
        Optional.of(
            "This request comes from another site (https://evil.example): with the session"
                + " cookie, only the portal's own pages may change anything. API clients"
                + " authenticate with an Authorization header instead."),
        refusal("https://evil.example", null, true));
    assertEquals(
        Optional.of(
            "This request carries the session cookie but not the session's "
                + CsrfToken.HEADER
                + " header: with the session cookie, only the portal's own pages may change"
                + " anything. API clients authenticate with an Authorization header instead."),
        refusal(null, null, false));
    String pseudo =
        CrossSiteRequestFilter.refusal(
                FixedLocaleTexts.in(PseudoLocale.LOCALE), null, "cross-site", true, OWN)
            .orElseThrow();
    assertTrue(pseudo.startsWith("[Ţĥîš ŕéǫûéšţ çöɱéš ƒŕöɱ àñöţĥéŕ šîţé (Ŝéç-"), pseudo);
    assertTrue(pseudo.contains(": cross-site)") && pseudo.contains("þöŕţàľ'š"), pseudo);
  }

  private static Optional<String> refusal(String origin, String fetchSite, boolean token) {
    return CrossSiteRequestFilter.refusal(ENGLISH, origin, fetchSite, token, OWN);
  }

  private static void assertRefused(Optional<String> refusal) {
    assertTrue(refusal.isPresent());
    assertTrue(refusal.get().contains("Authorization header"), refusal.get());
  }
}
