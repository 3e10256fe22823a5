package org.paraph.web.workflows;

import java.util.Base64;
import java.util.Locale;
import org.paraph.documents.domain.PageSize;
import org.paraph.workflows.domain.Branding;
import org.paraph.workflows.domain.SignatureBox;

/**
 * How the signing page draws what comes from the sender: the workflow's colour and logo, and the
 * participant's boxes over the page preview. What goes into a style or an image address is checked
 * here, whatever the workflow holds.
 */
final class SigningPageStyles {

  private SigningPageStyles() {}

  /** The workflow's colour, only if it is a plain {@code #rrggbb}: it goes into a style. */
  static String primaryColour(Branding branding) {
    String colour = branding == null ? null : branding.primaryColour();
    return colour != null && colour.matches("#[0-9a-fA-F]{6}") ? colour : null;
  }

  /** The logo as a data URL, PNG or else JPEG; null without one. */
  static String logo(Branding branding) {
    byte[] logo = branding == null ? null : branding.logo();
    if (logo == null || logo.length < 4) {
      return null;
    }
    boolean png = (logo[0] & 0xff) == 0x89 && logo[1] == 'P';
    return (png ? "data:image/png;base64," : "data:image/jpeg;base64,")
        + Base64.getEncoder().encodeToString(logo);
  }

  /** A box as CSS percentages of its page. */
  static String boxStyle(SignatureBox box, PageSize size) {
    return String.format(
        Locale.ROOT,
        "left:%.3f%%;top:%.3f%%;width:%.3f%%;height:%.3f%%",
        100 * box.x() / size.width(),
        100 * box.y() / size.height(),
        100 * box.width() / size.width(),
        100 * box.height() / size.height());
  }
}
