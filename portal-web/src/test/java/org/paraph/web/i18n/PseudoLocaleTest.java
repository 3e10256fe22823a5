package org.paraph.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.paraph.shared.i18n.PseudoLocale;

class PseudoLocaleTest {

  @Test
  void everyTextIsWrappedAndAccented() {
    assertEquals("[Ŝéàľ à ďöçûɱéñţ]", PseudoLocale.of("Seal a document"));
  }

  @Test
  void whatAProgramReadsStaysAsItIs() {
    assertEquals(
        "[Ţŕý àĝàîñ îñ {0,number,integer} ɱîñûţéš, {1}.]",
        PseudoLocale.of("Try again in {0,number,integer} minutes, {1}."));
    assertEquals(
        "[Ŝéàľš &amp; šîĝñàţûŕéš&#160;!]", PseudoLocale.of("Seals &amp; signatures&#160;!"));
    assertEquals("[À <strong>ƀöľď</strong> ŵöŕď]", PseudoLocale.of("A <strong>bold</strong> word"));
    assertEquals("[Ƒöŕ ûš ƀ &àɱþ ç]", PseudoLocale.of("For us b &amp c"));
  }

  @Test
  void theWordsAChoiceWritesAreAccentedItsLimitsKept() {
    String pattern =
        PseudoLocale.of("seal {0}{1,choice,0#|1# (TEST)}: {2,choice,1#token|1<tokens {3}} left");
    assertEquals(
        "[šéàľ {0}{1,choice,0#|1# (ŢÉŜŢ)}: {2,choice,1#ţöķéñ|1<ţöķéñš {3}} ľéƒţ]", pattern);
    assertEquals(
        "[šéàľ demo (ŢÉŜŢ): ţöķéñš 0, 1 ľéƒţ]",
        new MessageFormat(pattern, Locale.ENGLISH).format(new Object[] {"demo", 1, 2, "0, 1"}));
  }

  @Test
  void aPseudoTextIsStillAPatternWithTheSameArguments() {
    String pattern = PseudoLocale.of("{0}: Validation Error: Value is required.");
    assertEquals(
        "[Ûšéŕ ñàɱé: Ṽàľîďàţîöñ Éŕŕöŕ: Ṽàľûé îš ŕéǫûîŕéď.]",
        new MessageFormat(pattern, Locale.ENGLISH).format(new Object[] {"Ûšéŕ ñàɱé"}));
  }

  @Test
  void theBundleOfThePseudoLocaleIsTheEnglishOneAccented() {
    ResourceBundle english = Texts.bundle(Locale.ENGLISH);
    ResourceBundle pseudo = Texts.bundle(PseudoLocale.LOCALE);

    assertEquals(english.keySet(), pseudo.keySet());
    for (String key : english.keySet()) {
      assertEquals(PseudoLocale.of(english.getString(key)), pseudo.getString(key), key);
    }
  }

  /** Faces loads its bundles with no {@code ResourceBundle.Control} of ours. */
  @Test
  void facesFindsThePseudoBundleAsJavaDoesByDefault() {
    ResourceBundle asFacesLoadsIt =
        ResourceBundle.getBundle(
            Texts.BUNDLE, PseudoLocale.LOCALE, PseudoLocaleTest.class.getClassLoader());

    assertEquals("[Ľöĝ îñ]", asFacesLoadsIt.getString("login.submit"));
  }

  @Test
  void onlyEnXaIsThePseudoLocale() {
    assertTrue(PseudoLocale.is(Locale.forLanguageTag("en-XA")));
    assertFalse(PseudoLocale.is(Locale.ENGLISH));
    assertFalse(PseudoLocale.is(Locale.forLanguageTag("fr-XA")));
  }
}
