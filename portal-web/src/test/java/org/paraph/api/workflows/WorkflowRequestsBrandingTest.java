package org.paraph.api.workflows;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.paraph.api.InvalidRequestException;
import org.paraph.shared.domain.ImageTooLargeException;
import org.paraph.shared.domain.PortalException;
import org.paraph.workflows.domain.Branding;

/**
 * What the API answers about a workflow's branding: the rules are {@link Branding}'s, the words
 * name the member of the request's {@code branding} that is wrong.
 */
class WorkflowRequestsBrandingTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC);

  @Test
  void aPngLogoIsTaken() throws IOException {
    byte[] png = image("png", 120, 40);

    Branding branding = brandingOf(base64(png), null, null);

    assertArrayEquals(png, branding.logo());
  }

  @Test
  void aLogoThatIsNotPngOrJpegIsRefusedInTheApisWords() throws IOException {
    PortalException refused = refused(base64(image("gif", 120, 40)), null, null);

    assertEquals(InvalidRequestException.class, refused.getClass());
    assertEquals("invalid-workflow", refused.problemType());
    assertEquals(
        "branding.logoBase64 must be a PNG or JPEG image of at most 512 KB.", refused.getMessage());
  }

  @Test
  void aLogoDeclaringTooManyPixelsIsImageTooLarge() throws IOException {
    PortalException refused = refused(base64(image("png", 4001, 1)), null, null);

    assertEquals(ImageTooLargeException.class, refused.getClass());
    assertEquals("image-too-large", refused.problemType());
    assertEquals(
        "The branding logo is 4001 x 1 pixels; at most 4000 pixels a side are accepted. Scale it"
            + " down and send it again.",
        refused.getMessage());
  }

  @Test
  void aLogoThatIsNotBase64IsRefused() {
    assertEquals("branding.logoBase64 is not base64.", refused("A", null, null).getMessage());
  }

  @Test
  void theColourAndTheAddressAreNamedByTheirMember() {
    assertEquals(
        "branding.primaryColour: The colour must be written #rrggbb, for example #1d4ed8.",
        refused(null, "red", null).getMessage());
    assertEquals(
        "branding.redirectUrl: The address to go to after signing must start with https://"
            + " (http:// is accepted for localhost only).",
        refused(null, null, "http://example.org/").getMessage());
  }

  @Test
  void theLogoIsAnsweredAboutFirst() throws IOException {
    assertEquals(
        "branding.logoBase64 must be a PNG or JPEG image of at most 512 KB.",
        refused(base64(image("gif", 10, 10)), "red", "http://example.org/").getMessage());
  }

  private static Branding brandingOf(String logo, String colour, String redirect) {
    return WorkflowRequests.toNewWorkflow(request(logo, colour, redirect), CLOCK)
        .settings()
        .branding();
  }

  private static PortalException refused(String logo, String colour, String redirect) {
    return assertThrows(PortalException.class, () -> brandingOf(logo, colour, redirect));
  }

  private static WorkflowRequest request(String logo, String colour, String redirect) {
    return new WorkflowRequest(
        "Lease",
        List.of(),
        List.of(),
        null,
        null,
        null,
        null,
        null,
        new WorkflowRequest.BrandingRequest(logo, colour, redirect));
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
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
