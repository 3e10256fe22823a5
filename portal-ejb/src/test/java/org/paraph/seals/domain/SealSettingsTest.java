package org.paraph.seals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SealSettingsTest {

  @Test
  void aSealWithoutSettingsKeepsTheOldBehaviour() {
    AnnotationStyle style = new SealAppearance().styleFor("jane");

    assertEquals(AnnotationStyle.DEFAULT, style);
    assertEquals(SealLevel.B_T, new SealPolicy().defaultLevel());
    assertEquals(List.of(), new SealPolicy().tsaUrls());
  }

  @Test
  void thePersonIsShownOnlyWhenAsked() {
    SealAppearance appearance =
        new SealAppearance(true, true, true, "Europe/Paris", true, true, " ", null, null);

    assertEquals("Jane Doe", appearance.styleFor("Jane Doe").person());
    assertEquals(ZoneId.of("Europe/Paris"), appearance.styleFor("Jane Doe").zone());
    assertNull(appearance.defaultReason());
  }

  @Test
  void settingsThatCannotWorkAreRefusedByName() {
    assertEquals(
        "invalid-time-zone",
        assertThrows(
                InvalidSealSettingsException.class,
                () ->
                    new SealAppearance(
                        true, false, true, "Mars/Olympus", true, true, null, null, null))
            .problemType());
    assertEquals(
        "empty-annotation",
        assertThrows(
                InvalidSealSettingsException.class,
                () -> new SealAppearance(false, false, false, "UTC", true, true, null, null, null))
            .problemType());
    InvalidSealSettingsException notAnImage =
        assertThrows(
            InvalidSealSettingsException.class,
            () ->
                new SealAppearance(
                    true,
                    false,
                    true,
                    "UTC",
                    true,
                    true,
                    null,
                    null,
                    "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("invalid-logo", notAnImage.problemType());
    assertEquals(
        "invalid-tsa-url",
        assertThrows(
                InvalidSealSettingsException.class,
                () -> new SealPolicy(SealLevel.B_T, List.of("ftp://tsa.example"), false))
            .problemType());
  }

  @Test
  void timestampAuthoritiesKeepTheirOrder() {
    SealPolicy policy =
        new SealPolicy(
            SealLevel.B_LT,
            List.of(" http://tsa-1.example/tsr ", "", "https://tsa-2.example"),
            true);

    assertEquals(List.of("http://tsa-1.example/tsr", "https://tsa-2.example"), policy.tsaUrls());
    assertEquals(SealLevel.B_LT, policy.defaultLevel());
  }
}
