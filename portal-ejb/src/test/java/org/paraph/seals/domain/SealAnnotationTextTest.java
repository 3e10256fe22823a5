package org.paraph.seals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paraph.shared.i18n.PortalTexts;
import org.paraph.shared.i18n.PseudoLocale;

class SealAnnotationTextTest {

  private static final Instant SIGNING_TIME = Instant.parse("2026-05-04T21:07:59Z");

  @Test
  void productionSealShowsOrganisationAndUtcTime() {
    SealAnnotationText text =
        SealAnnotationText.of(SealOptions.invisible(SealLevel.B_T, "Acme", SIGNING_TIME));

    assertEquals(List.of("Acme", "Sealed 2026-05-04 21:07 UTC"), text.lines());
    assertNull(text.testWarning());
  }

  @Test
  void reasonAndLocationFollowOnOneLineEach() {
    SealOptions options =
        SealOptions.invisible(SealLevel.B_B, "  Acme  ", SIGNING_TIME)
            .withReasonAndLocation("Approved\nby the board", "Ghent");

    assertEquals(
        List.of(
            "Acme",
            "Sealed 2026-05-04 21:07 UTC",
            "Reason: Approved by the board",
            "Location: Ghent"),
        SealAnnotationText.of(options).lines());
  }

  @Test
  void blankReasonIsLeftOut() {
    SealOptions options =
        SealOptions.invisible(SealLevel.B_B, "Acme", SIGNING_TIME).withReasonAndLocation(" ", null);

    assertEquals(2, SealAnnotationText.of(options).lines().size());
  }

  @Test
  void testSealEndsWithTheWarning() {
    SealAnnotationText text =
        SealAnnotationText.of(SealOptions.invisible(SealLevel.B_B, "Acme", SIGNING_TIME).asTest());

    assertEquals("TEST \u2013 not a production seal", text.testWarning());
    assertEquals("TEST \u2013 not a production seal", text.allLines().get(2));
  }

  @Test
  void theSealsStyleChoosesTheLinesAndTheTimeZone() {
    SealOptions options =
        SealOptions.invisible(SealLevel.B_B, "Acme", SIGNING_TIME)
            .withReasonAndLocation("Approved", "Ghent")
            .withAnnotation(
                new AnnotationStyle(
                    true, "Jane Doe", true, ZoneId.of("Asia/Tokyo"), false, true, null));

    assertEquals(
        List.of("Acme", "Requested by Jane Doe", "Sealed 2026-05-05 06:07 JST", "Location: Ghent"),
        SealAnnotationText.of(options).lines());
  }

  @Test
  void anAnnotationThatWouldSayNothingStillNamesTheOrganisation() {
    SealOptions options =
        SealOptions.invisible(SealLevel.B_B, "Acme", SIGNING_TIME)
            .withAnnotation(
                new AnnotationStyle(
                    false, null, false, AnnotationStyle.DEFAULT_ZONE, true, true, null));

    assertEquals(List.of("Acme"), SealAnnotationText.of(options).lines());
  }

  @Test
  void inThePseudoLocaleEveryWordComesFromTheBundleAndTheTimeIsUnchanged() {
    SealOptions options =
        SealOptions.invisible(SealLevel.B_B, "Acme", SIGNING_TIME)
            .withReasonAndLocation("Approved", "Ghent")
            .withAnnotation(
                new AnnotationStyle(
                    true, "Jane Doe", true, AnnotationStyle.DEFAULT_ZONE, true, true, null))
            .asTest();

    SealAnnotationText text = SealAnnotationText.of(options, PortalTexts.of(PseudoLocale.LOCALE));

    assertEquals(
        List.of(
            "Acme",
            "[Ŕéǫûéšţéď ƀý Jane Doe]",
            "[Ŝéàľéď 2026-05-04 21:07 UTC]",
            "[Ŕéàšöñ: Approved]",
            "[Ľöçàţîöñ: Ghent]",
            "[ŢÉŜŢ \u2013 ñöţ à þŕöďûçţîöñ šéàľ]"),
        text.allLines());
  }
}
