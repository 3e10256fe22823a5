package org.paraph.workflows.domain;

/**
 * How the participant's pages look for one workflow.
 *
 * @param primaryColour a CSS colour {@code #rrggbb}, or null for the portal's
 * @param redirectUrl where the participant goes after signing, or null
 * @param logo a PNG or JPEG shown at the top, or null
 */
public record Branding(String primaryColour, String redirectUrl, byte[] logo) {

  public static final Branding NONE = new Branding(null, null, null);
}
