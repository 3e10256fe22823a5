package org.paraph.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class PortalTextsTest {

  private static final Instant LATE_IN_UTC = Instant.parse("2026-03-01T23:30:00Z");

  @Test
  void aTextWithArgumentsIsAPatternATextWithoutIsAsWritten() {
    PortalTexts texts = PortalTexts.english();

    assertEquals("Completed: Lease", texts.text("mail.result.subject", "Lease"));
    assertEquals(
        "no usable revocation data was found for the signer's certificate",
        texts.text("verdict.revocation.no-data"));
  }

  @Test
  void timesAreInThePortalsZoneNamedAndCountsAreNotGrouped() {
    PortalTexts texts = PortalTexts.english();

    assertEquals("2026-03-01 23:30:00 UTC", texts.text("report.time", LATE_IN_UTC));
    assertEquals(
        "EU trusted lists used: 1 list, 3100 certificates, loaded 2026-03-01 23:30 UTC.",
        texts.text("lists.loaded", 1, 3100, texts.text("lists.loaded-at", LATE_IN_UTC)));
  }

  @Test
  void anotherZoneIsUsedAndNamed() {
    PortalTexts texts = PortalTexts.of(Locale.ENGLISH, ZoneId.of("Europe/Zurich"));

    assertEquals("2026-03-02 00:30:00 CET", texts.text("report.time", LATE_IN_UTC));
  }

  @Test
  void theBundleOfThePseudoLocaleIsTheEnglishOneAccented() {
    ResourceBundle english =
        PortalTexts.bundle(PortalTexts.BUNDLE, Locale.ENGLISH, getClass().getClassLoader());
    ResourceBundle pseudo =
        PortalTexts.bundle(PortalTexts.BUNDLE, PseudoLocale.LOCALE, getClass().getClassLoader());

    assertEquals(english.keySet(), pseudo.keySet());
    for (String key : english.keySet()) {
      assertEquals(PseudoLocale.of(english.getString(key)), pseudo.getString(key), key);
    }
    assertEquals(
        "[Çöɱþľéţéď: Lease]",
        PortalTexts.of(PseudoLocale.LOCALE).text("mail.result.subject", "Lease"));
  }

  @Test
  void aReaderGetsTheirLanguageWhenThePortalHasTextsInItElseEnglish() {
    assertEquals(Locale.ENGLISH, PortalTexts.forReader(Optional.empty()));
    assertEquals(Locale.UK, PortalTexts.forReader(Optional.of(Locale.UK)));
    assertEquals(PseudoLocale.LOCALE, PortalTexts.forReader(Optional.of(PseudoLocale.LOCALE)));
    assertEquals(Locale.ENGLISH, PortalTexts.forReader(Optional.of(Locale.forLanguageTag("fr"))));
  }
}
