package org.paraph.workflows.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.paraph.shared.domain.ImageSize;
import org.paraph.shared.domain.ImageTooLargeException;
import org.paraph.shared.domain.ProblemText;

/**
 * How the participant's pages look for one workflow. Every way of making one (the wizard, the API)
 * goes through the checks here: the colour goes into a style attribute and the redirect address
 * into the {@code Location} the participant's browser follows after signing, so neither may carry
 * anything but what it claims to be; the logo is decoded by every participant's browser, so it is a
 * PNG or JPEG of bounded size, measured from its header before anyone decodes it.
 *
 * <p>A value, read like a record; not one, because the branding of a saved workflow is rebuilt
 * without checking its logo again ({@link #stored}).
 */
public final class Branding {

  public static final Branding NONE = new Branding(null, null, null);

  /** Longer than any sensible address, short enough to fit in a {@code Location} header. */
  static final int MAX_REDIRECT_LENGTH = 2000;

  /** A logo's largest file. */
  public static final int MAX_LOGO_BYTES = 512 * 1024;

  /** As for a seal's logo: shown a few centimetres wide, more only costs the viewer memory. */
  public static final int MAX_LOGO_PIXELS = 4000;

  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

  private final String primaryColour;
  private final String redirectUrl;
  private final byte[] logo;

  /**
   * @param primaryColour a CSS colour {@code #rrggbb}, or null for the portal's
   * @param redirectUrl where the participant goes after signing, or null: an {@code https} address
   *     ({@code http} only to this machine, for trying things out), without user name or password
   * @param logo a PNG or JPEG shown at the top, or null: at most {@value #MAX_LOGO_BYTES} bytes and
   *     {@value #MAX_LOGO_PIXELS} pixels a side
   * @throws InvalidBrandingException naming the value that is refused
   * @throws ImageTooLargeException when the logo declares more than {@value #MAX_LOGO_PIXELS}
   *     pixels a side
   */
  public Branding(String primaryColour, String redirectUrl, byte[] logo) {
    this(primaryColour, redirectUrl, logo, true);
  }

  private Branding(String primaryColour, String redirectUrl, byte[] logo, boolean checkLogo) {
    // The logo first: the API has always answered about it before the colour and the address.
    if (checkLogo && logo != null) {
      requireAcceptableLogo(logo);
    }
    this.primaryColour = blankToNull(primaryColour);
    this.redirectUrl = blankToNull(redirectUrl);
    this.logo = logo;
    if (this.primaryColour != null && !COLOUR.matcher(this.primaryColour).matches()) {
      throw new InvalidBrandingException(
          InvalidBrandingException.Field.PRIMARY_COLOUR,
          ProblemText.of("problem.invalid-branding.colour"));
    }
    if (this.redirectUrl != null) {
      ProblemText problem = redirectProblem(this.redirectUrl);
      if (problem != null) {
        throw new InvalidBrandingException(InvalidBrandingException.Field.REDIRECT_URL, problem);
      }
    }
  }

  /**
   * The branding of a workflow saved before these checks existed: a value that would now be refused
   * is left out (the participant sees the portal's colour, or stays on the portal after signing)
   * rather than sent to the participant's browser. The logo is kept as it was saved: the API
   * checked it before saving it.
   */
  public static Branding stored(String primaryColour, String redirectUrl, byte[] logo) {
    String colour = blankToNull(primaryColour);
    String redirect = blankToNull(redirectUrl);
    return new Branding(
        colour != null && COLOUR.matcher(colour).matches() ? colour : null,
        redirect != null && redirectProblem(redirect) == null ? redirect : null,
        logo,
        false);
  }

  /** A CSS colour {@code #rrggbb}, or null for the portal's. */
  public String primaryColour() {
    return primaryColour;
  }

  /** Where the participant goes after signing, or null to stay on the portal. */
  public String redirectUrl() {
    return redirectUrl;
  }

  /** A PNG or JPEG shown at the top, or null. */
  public byte[] logo() {
    return logo;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Branding that
        && Objects.equals(primaryColour, that.primaryColour)
        && Objects.equals(redirectUrl, that.redirectUrl)
        && Arrays.equals(logo, that.logo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(primaryColour, redirectUrl, Arrays.hashCode(logo));
  }

  @Override
  public String toString() {
    return "Branding[primaryColour="
        + primaryColour
        + ", redirectUrl="
        + redirectUrl
        + ", logo="
        + (logo == null ? "none" : logo.length + " bytes")
        + "]";
  }

  private static void requireAcceptableLogo(byte[] logo) {
    if (logo.length > MAX_LOGO_BYTES || !(isPng(logo) || isJpeg(logo))) {
      throw new InvalidBrandingException(
          InvalidBrandingException.Field.LOGO,
          ProblemText.of("problem.invalid-branding.logo", MAX_LOGO_BYTES / 1024));
    }
    // Measured from its header: a few kilobytes of PNG can declare gigabytes of pixels.
    ImageSize declared = ImageSize.of(logo).orElse(null);
    if (declared != null && !declared.fitsWithin(MAX_LOGO_PIXELS)) {
      throw ImageTooLargeException.brandingLogo(declared, MAX_LOGO_PIXELS);
    }
  }

  private static boolean isPng(byte[] image) {
    return image.length > 8
        && (image[0] & 0xff) == 0x89
        && image[1] == 'P'
        && image[2] == 'N'
        && image[3] == 'G';
  }

  private static boolean isJpeg(byte[] image) {
    return image.length > 3 && (image[0] & 0xff) == 0xff && (image[1] & 0xff) == 0xd8;
  }

  /** Why the address is refused, in words for the sender, or null when it is acceptable. */
  static ProblemText redirectProblem(String url) {
    if (url.length() > MAX_REDIRECT_LENGTH) {
      return ProblemText.of("problem.invalid-branding.redirect-too-long", MAX_REDIRECT_LENGTH);
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      // No spaces, controls, line breaks (they would end the Location header), nor characters
      // that have a meaning in HTML: a real address percent-encodes them.
      if (c <= 0x20 || c >= 0x7f || "\"'<>\\`{}|^".indexOf(c) >= 0) {
        return ProblemText.of("problem.invalid-branding.redirect-characters");
      }
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return ProblemText.of("problem.invalid-branding.redirect-not-an-address");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    if (!uri.isAbsolute() || uri.isOpaque() || host == null || host.isEmpty()) {
      return ProblemText.of("problem.invalid-branding.redirect-not-absolute");
    }
    if (!scheme.equals("https") && !(scheme.equals("http") && isLoopback(host))) {
      return ProblemText.of("problem.invalid-branding.redirect-not-https");
    }
    if (uri.getRawUserInfo() != null) {
      return ProblemText.of("problem.invalid-branding.redirect-user-info");
    }
    return null;
  }

  private static boolean isLoopback(String host) {
    String name = host.toLowerCase(Locale.ROOT);
    return name.equals("localhost")
        || name.endsWith(".localhost")
        || name.equals("[::1]")
        || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
