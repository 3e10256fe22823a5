package org.paraph.workflows.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the participant's pages look for one workflow. Every way of making one (the wizard, the API)
 * goes through the checks here: the colour goes into a style attribute and the redirect address
 * into the {@code Location} the participant's browser follows after signing, so neither may carry
 * anything but what it claims to be.
 *
 * @param primaryColour a CSS colour {@code #rrggbb}, or null for the portal's
 * @param redirectUrl where the participant goes after signing, or null: an {@code https} address
 *     ({@code http} only to this machine, for trying things out), without user name or password
 * @param logo a PNG or JPEG shown at the top, or null
 */
public record Branding(String primaryColour, String redirectUrl, byte[] logo) {

  public static final Branding NONE = new Branding(null, null, null);

  /** Longer than any sensible address, short enough to fit in a {@code Location} header. */
  static final int MAX_REDIRECT_LENGTH = 2000;

  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

  public Branding {
    primaryColour = blankToNull(primaryColour);
    redirectUrl = blankToNull(redirectUrl);
    if (primaryColour != null && !COLOUR.matcher(primaryColour).matches()) {
      throw new InvalidBrandingException(
          InvalidBrandingException.Field.PRIMARY_COLOUR,
          "The colour must be written #rrggbb, for example #1d4ed8.");
    }
    if (redirectUrl != null) {
      String problem = redirectProblem(redirectUrl);
      if (problem != null) {
        throw new InvalidBrandingException(InvalidBrandingException.Field.REDIRECT_URL, problem);
      }
    }
  }

  /**
   * The branding of a workflow saved before these checks existed: a value that would now be refused
   * is left out (the participant sees the portal's colour, or stays on the portal after signing)
   * rather than sent to the participant's browser.
   */
  public static Branding stored(String primaryColour, String redirectUrl, byte[] logo) {
    String colour = blankToNull(primaryColour);
    String redirect = blankToNull(redirectUrl);
    return new Branding(
        colour != null && COLOUR.matcher(colour).matches() ? colour : null,
        redirect != null && redirectProblem(redirect) == null ? redirect : null,
        logo);
  }

  /** Why the address is refused, in words for the sender, or null when it is acceptable. */
  static String redirectProblem(String url) {
    if (url.length() > MAX_REDIRECT_LENGTH) {
      return "The address to go to after signing is longer than "
          + MAX_REDIRECT_LENGTH
          + " characters.";
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      // No spaces, controls, line breaks (they would end the Location header), nor characters
      // that have a meaning in HTML: a real address percent-encodes them.
      if (c <= 0x20 || c >= 0x7f || "\"'<>\\`{}|^".indexOf(c) >= 0) {
        return "The address to go to after signing may only hold the characters of a web address"
            + " (percent-encode the others).";
      }
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return "The address to go to after signing is not a web address.";
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost();
    if (!uri.isAbsolute() || uri.isOpaque() || host == null || host.isEmpty()) {
      return "The address to go to after signing must be a full web address such as"
          + " https://www.example.org/thanks.";
    }
    if (!scheme.equals("https") && !(scheme.equals("http") && isLoopback(host))) {
      return "The address to go to after signing must start with https:// (http:// is accepted"
          + " for localhost only).";
    }
    if (uri.getRawUserInfo() != null) {
      return "The address to go to after signing must not hold a user name or password.";
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
