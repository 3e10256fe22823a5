package org.paraph.web.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paraph.documents.domain.PageSize;
import org.paraph.workflows.domain.Branding;
import org.paraph.workflows.domain.SignatureBox;

/** Only a plain colour goes into a style; the logo and the boxes as the signing page draws them. */
class SigningPageStylesTest {

  @Test
  void takesOnlyAPlainColour() {
    assertEquals("#1d4ed8", SigningPageStyles.primaryColour(new Branding("#1d4ed8", null, null)));
    assertNull(SigningPageStyles.primaryColour(null));
    assertNull(SigningPageStyles.primaryColour(Branding.stored(null, null, null)));
  }

  @Test
  void showsTheLogoAsADataUrlOfItsKind() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
    byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0};

    assertTrue(
        SigningPageStyles.logo(Branding.stored(null, null, png))
            .startsWith("data:image/png;base64,"));
    assertTrue(
        SigningPageStyles.logo(Branding.stored(null, null, jpeg))
            .startsWith("data:image/jpeg;base64,"));
    assertNull(SigningPageStyles.logo(Branding.stored(null, null, null)));
    assertNull(SigningPageStyles.logo(null));
  }

  @Test
  void placesABoxInPercentagesOfItsPage() {
    SignatureBox box = new SignatureBox(0, 1, 50, 100, 200, 50, null);

    assertEquals(
        "left:10.000%;top:20.000%;width:40.000%;height:10.000%",
        SigningPageStyles.boxStyle(box, new PageSize(500, 500)));
  }
}
