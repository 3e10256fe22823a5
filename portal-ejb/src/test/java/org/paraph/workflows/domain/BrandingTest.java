package org.paraph.workflows.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a sender may put in a workflow's branding, whether through the wizard or the API. */
class BrandingTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://www.example.org/thanks",
        "https://example.org:8443/thanks?from=paraph&id=1#top",
        "HTTPS://EXAMPLE.ORG/",
        "https://example.org/%E2%9C%93",
        "http://localhost:8080/thanks",
        "http://127.0.0.1:9000/thanks",
        "http://[::1]/thanks",
      })
  void anHttpsAddressOrALocalHttpOneIsKept(String url) {
    assertEquals(url, new Branding(null, url, null).redirectUrl());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "http://www.example.org/thanks",
        "ftp://example.org/file",
        "https://user:secret@example.org/",
        "https://user@example.org/",
        "https://example.org/\r\nSet-Cookie: a=b",
        "https://example.org/a b",
        "https://example.org/\"><script>",
        "https://example.org/a\u2028b",
        "//example.org/thanks",
        "/thanks",
        "https:example.org",
        "https:///nohost",
        "http://localhost.example.org/",
        "http://127.0.0.1.nip.io/",
      })
  void anyOtherAddressIsRefusedNamingTheField(String url) {
    InvalidBrandingException refused =
        assertThrows(InvalidBrandingException.class, () -> new Branding(null, url, null));

    assertEquals(InvalidBrandingException.Field.REDIRECT_URL, refused.field());
    assertEquals("invalid-workflow", refused.problemType());
  }

  @Test
  void anOverlongAddressIsRefused() {
    String url = "https://example.org/" + "a".repeat(Branding.MAX_REDIRECT_LENGTH);

    assertThrows(InvalidBrandingException.class, () -> new Branding(null, url, null));
  }

  @Test
  void blanksMeanNothingAndSurroundingSpacesAreDropped() {
    Branding branding = new Branding("  ", " https://example.org/ ", null);

    assertNull(branding.primaryColour());
    assertEquals("https://example.org/", branding.redirectUrl());
  }

  @ParameterizedTest
  @ValueSource(strings = {"#1d4ed8", "#AABBCC"})
  void aHexColourIsKept(String colour) {
    assertEquals(colour, new Branding(colour, null, null).primaryColour());
  }

  @ParameterizedTest
  @ValueSource(strings = {"red", "#fff", "#1d4ed8;background:url(x)", "#1d4ed8\"", "1d4ed8"})
  void anyOtherColourIsRefusedNamingTheField(String colour) {
    InvalidBrandingException refused =
        assertThrows(InvalidBrandingException.class, () -> new Branding(colour, null, null));

    assertEquals(InvalidBrandingException.Field.PRIMARY_COLOUR, refused.field());
  }

  @Test
  void valuesSavedBeforeTheChecksAreLeftOutRatherThanSentToTheParticipant() {
    byte[] logo = {1, 2, 3};

    Branding stored = Branding.stored("red;x", "javascript:alert(1)", logo);

    assertNull(stored.primaryColour());
    assertNull(stored.redirectUrl());
    assertEquals(logo, stored.logo());
    assertEquals(
        "https://example.org/",
        Branding.stored("#123456", "https://example.org/", null).redirectUrl());
  }
}
