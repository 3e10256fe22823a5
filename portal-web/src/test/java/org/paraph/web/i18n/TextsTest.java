package org.paraph.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.paraph.documents.domain.PageNotFoundException;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.i18n.PseudoLocale;

class TextsTest {

  @Test
  void aTextWithoutArgumentsIsShownAsWritten() {
    assertEquals(
        "Wrong user name or password",
        texts(Locale.ENGLISH).text("login.refused.wrong-credentials"));
  }

  @Test
  void aRefusalIsToldInTheReadersLanguage() {
    PortalException refusal = new PageNotFoundException(7, 3);

    assertEquals(
        "Page 7 does not exist: the document has 3 page(s).",
        texts(Locale.ENGLISH).problem(refusal));
    assertEquals(
        "[Þàĝé 7 ďöéš ñöţ éẋîšţ: ţĥé ďöçûɱéñţ ĥàš 3 þàĝé(š).]",
        texts(PseudoLocale.LOCALE).problem(refusal));
  }

  @Test
  void argumentsArePutIn() {
    Texts texts = texts(Locale.ENGLISH);

    assertEquals(
        "Too many failed logins for this user name or from this address. Try again in 15 minutes.",
        texts.text("login.refused.throttled", texts.duration(Duration.ofSeconds(841))));
    assertEquals("1 second", texts.duration(Duration.ofMillis(10)));
    assertEquals("45 seconds", texts.duration(Duration.ofSeconds(45)));
    assertEquals("1 minute", texts.duration(Duration.ofSeconds(60)));
  }

  @Test
  void datesAndNumbersInTheLocalesWayAndTheRequestsZone() {
    Instant lateInUtc = Instant.parse("2026-03-01T23:30:00Z");
    String pattern = "{0,date,long} {0,time,short}, {1,number}";

    assertEquals(
        "March 1, 2026 11:30 PM, 1,234.5",
        Texts.fill(pattern, Locale.US, ZoneOffset.UTC, lateInUtc, 1234.5));
    assertEquals(
        "2. März 2026 00:30, 1’234.5",
        Texts.fill(
            pattern,
            Locale.forLanguageTag("de-CH"),
            ZoneId.of("Europe/Zurich"),
            lateInUtc,
            1234.5));
  }

  @Test
  void anApostropheInAPatternIsWrittenTwice() {
    assertEquals(
        "The seal's name: Demo",
        Texts.fill("The seal''s name: {0}", Locale.ENGLISH, ZoneOffset.UTC, "Demo"));
  }

  @Test
  void thePseudoLocaleWrapsEveryTextTheArgumentsWithTheirOwnBrackets() {
    Texts texts = texts(PseudoLocale.LOCALE);

    assertEquals("[Ŵŕöñĝ ûšéŕ ñàɱé öŕ þàššŵöŕď]", texts.text("login.refused.wrong-credentials"));
    assertEquals(
        "[Ţöö ɱàñý ƒàîľéď ľöĝîñš ƒöŕ ţĥîš ûšéŕ ñàɱé öŕ ƒŕöɱ ţĥîš àďďŕéšš. Ţŕý àĝàîñ îñ [2"
            + " ɱîñûţéš].]",
        texts.text("login.refused.throttled", texts.duration(Duration.ofMinutes(2))));
  }

  @Test
  void aCodeOfAFamilyShowsItsLabelOrItselfWhenTheBundleHasNone() {
    assertEquals("SEAL_APPLIED", texts(Locale.ENGLISH).label("audit.action.", "SEAL_APPLIED"));
    assertEquals(
        "[ŜÉÀĽ_ÀÞÞĽÎÉĎ]", texts(PseudoLocale.LOCALE).label("audit.action.", "SEAL_APPLIED"));
    assertEquals(
        "DOCUMENT_SHREDDED",
        texts(PseudoLocale.LOCALE).label("audit.action.", "DOCUMENT_SHREDDED"),
        "an action an older version recorded, as it was recorded");
    assertEquals("", texts(Locale.ENGLISH).label("audit.action.", null));
  }

  private static Texts texts(Locale locale) {
    Texts texts = new Texts();
    texts.request =
        new RequestLocale() {
          @Override
          public Locale ofTexts() {
            return locale;
          }
        };
    return texts;
  }
}
