package org.paraph.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which requests authenticated by the session cookie the portal takes as its own pages'. */
class CrossSiteRequestFilterTest {

  /** The public address's origin and the request's own. */
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
        CrossSiteRequestFilter.refusal("http://localhost:8080", "same-origin", true, origins));
    assertRefused(CrossSiteRequestFilter.refusal(null, null, false, origins));
  }

  private static Optional<String> refusal(String origin, String fetchSite, boolean token) {
    return CrossSiteRequestFilter.refusal(origin, fetchSite, token, OWN);
  }

  private static void assertRefused(Optional<String> refusal) {
    assertTrue(refusal.isPresent());
    assertTrue(refusal.get().contains("Authorization header"), refusal.get());
  }
}
