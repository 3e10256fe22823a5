package org.paraph.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paraph.shared.i18n.PseudoLocale;

/**
 * The person's setting, then the browser's languages, then English; the pseudo-locale on demand.
 */
class LocaleChoiceTest {

  private static final Locale FRENCH_SWISS = Locale.forLanguageTag("fr-CH");

  /** A portal with English and French texts. */
  private final LocaleChoice choice =
      new LocaleChoice(locale -> Set.of("en", "fr").contains(locale.getLanguage()));

  @Test
  void aPersonMayChooseEnglishEachLanguageWithTextsAndThePseudoLocale() {
    assertEquals(List.of(Locale.ENGLISH, Locale.FRENCH, PseudoLocale.LOCALE), choice.offered());
    assertTrue(choice.offers(Locale.FRENCH));
    assertTrue(choice.offers(Locale.forLanguageTag("en-XA")));
    assertFalse(choice.offers(Locale.GERMAN), "no German texts");
    assertFalse(
        choice.offers(FRENCH_SWISS), "a language is chosen, its region follows the browser");
  }

  @Test
  void nobodyAndNoHeaderGetEnglishWhateverTheServersLocale() {
    assertEquals(Locale.ENGLISH, choice.choose(Optional.empty(), null));
    assertEquals(Locale.ENGLISH, choice.choose(Optional.empty(), ""));
  }

  @Test
  void thePersonsSettingComesFirst() {
    assertEquals(Locale.FRENCH, choice.choose(Optional.of(Locale.FRENCH), "en-GB,en;q=0.9"));
  }

  @Test
  void aSettingInALanguageWithoutTextsLeavesTheChoiceToTheBrowser() {
    assertEquals(FRENCH_SWISS, choice.choose(Optional.of(Locale.GERMAN), "fr-CH"));
  }

  @Test
  void theBrowsersFirstLanguageWithTextsIsChosenWithItsRegion() {
    assertEquals(FRENCH_SWISS, choice.choose(Optional.empty(), "de-CH, fr-CH;q=0.8, en;q=0.5"));
    assertEquals(
        Locale.forLanguageTag("en-GB"), choice.choose(Optional.empty(), "en-GB,en;q=0.9,fr;q=0.8"));
  }

  @Test
  void theWeightsDecideNotTheOrder() {
    assertEquals(Locale.FRENCH, choice.choose(Optional.empty(), "en;q=0.4, fr;q=0.9"));
    assertEquals(Locale.ENGLISH, choice.choose(Optional.empty(), "fr;q=0, en;q=0.1"));
  }

  @Test
  void noLanguageWithTextsOrAMalformedHeaderGiveEnglish() {
    assertEquals(Locale.ENGLISH, choice.choose(Optional.empty(), "de-DE, it;q=0.7, *;q=0.1"));
    assertEquals(Locale.ENGLISH, choice.choose(Optional.empty(), ";;q=x,,"));
  }

  @Test
  void thePseudoLocaleOnlyForWhoAsksForIt() {
    assertEquals(PseudoLocale.LOCALE, choice.choose(Optional.empty(), "en-XA"));
    assertEquals(PseudoLocale.LOCALE, choice.choose(Optional.of(PseudoLocale.LOCALE), "fr"));
    assertEquals(Locale.ENGLISH, choice.choose(Optional.empty(), "en"));
    assertEquals(Locale.forLanguageTag("en-US"), choice.choose(Optional.empty(), "en-US"));
  }

  @Test
  void theLanguagesAreThoseWithABundle() {
    LocaleChoice ofBundles = LocaleChoice.ofBundles();

    assertEquals(Locale.ENGLISH, ofBundles.choose(Optional.empty(), "xx, en"));
    assertEquals(Locale.ENGLISH, ofBundles.choose(Optional.of(Locale.forLanguageTag("xx")), null));
    assertEquals(PseudoLocale.LOCALE, ofBundles.choose(Optional.empty(), "en-XA, en"));
  }
}
