package org.paraph.workflows.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paraph.shared.domain.ImageTooLargeException;

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

  @ParameterizedTest
  @ValueSource(strings = {"png", "jpeg"})
  void aPngOrJpegLogoIsKept(String format) throws IOException {
    byte[] logo = image(format, 120, 40);

    assertEquals(logo, new Branding(null, null, logo).logo());
  }

  @Test
  void aLogoOfExactlyTheLargestSizeIsKept() throws IOException {
    byte[] logo = image("png", Branding.MAX_LOGO_PIXELS, 1);

    assertEquals(logo, new Branding(null, null, logo).logo());
  }

  @Test
  void aGifLogoIsRefusedNamingTheField() throws IOException {
    assertLogoRefused(image("gif", 120, 40));
  }

  @Test
  void aLogoOverHalfAMegabyteIsRefused() throws IOException {
    byte[] png = image("png", 120, 40);
    byte[] padded = Arrays.copyOf(png, Branding.MAX_LOGO_BYTES + 1);

    assertLogoRefused(padded);
  }

  @Test
  void aLogoCutShortInItsHeaderIsRefused() throws IOException {
    assertLogoRefused(Arrays.copyOf(image("png", 120, 40), 8));
    assertLogoRefused(Arrays.copyOf(image("jpeg", 120, 40), 3));
    assertLogoRefused(new byte[0]);
  }

  @Test
  void aLogoDeclaringMoreThan4000PixelsASideIsRefusedFromItsHeader() throws IOException {
    byte[] wide = image("png", Branding.MAX_LOGO_PIXELS + 1, 1);
    byte[] tall = image("jpeg", 8, Branding.MAX_LOGO_PIXELS + 1);

    ImageTooLargeException refused =
        assertThrows(ImageTooLargeException.class, () -> new Branding(null, null, wide));
    assertThrows(ImageTooLargeException.class, () -> new Branding(null, null, tall));

    assertEquals("image-too-large", refused.problemType());
    assertEquals(
        "The branding logo is 4001 x 1 pixels; at most 4000 pixels a side are accepted. Scale it"
            + " down and send it again.",
        refused.getMessage());
  }

  @Test
  void theLogoIsCheckedBeforeTheColourAndTheAddress() throws IOException {
    byte[] gif = image("gif", 10, 10);

    InvalidBrandingException refused =
        assertThrows(
            InvalidBrandingException.class, () -> new Branding("red", "javascript:x", gif));

    assertEquals(InvalidBrandingException.Field.LOGO, refused.field());
  }

  private static void assertLogoRefused(byte[] logo) {
    InvalidBrandingException refused =
        assertThrows(InvalidBrandingException.class, () -> new Branding(null, null, logo));

    assertEquals(InvalidBrandingException.Field.LOGO, refused.field());
    assertEquals("logoBase64", refused.field().apiName());
    assertEquals("invalid-workflow", refused.problemType());
    assertEquals("The logo must be a PNG or JPEG image of at most 512 KB.", refused.getMessage());
  }

  private static byte[] image(String format, int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(image, format, out)) {
      throw new IllegalStateException("No writer for " + format);
    }
    return out.toByteArray();
  }
}
