package org.paraph.api.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.paraph.shared.i18n.PseudoLocale;
import org.paraph.web.i18n.FixedLocaleTexts;
import org.paraph.web.i18n.Texts;

/**
 * The details the filters and the mappers write, with the arguments they give, read in English as
 * they did when they were written in the code (clients and the system tests read them).
 */
class ProblemDetailWordingTest {

  private final Texts texts = FixedLocaleTexts.in(Locale.ENGLISH);

  @Test
  void theFiltersDetailsAreAsTheyWere() {
    assertEquals(
        "The request is larger than the portal accepts: at most 1100 MB in one request, and 1024"
            + " MB a file. Send a smaller file.",
        texts.text("problem.detail.request-too-large", 1100L, 1024L));
    assertEquals(
        "Too many requests from this address; try again in 45 seconds.",
        texts.text("problem.detail.too-many-requests", texts.duration(Duration.ofSeconds(45))));
    assertEquals(
        "Too many failed logins for this user name or from this address; try again in 1 minute.",
        texts.text(
            "problem.detail.too-many-login-attempts", texts.duration(Duration.ofSeconds(60))));
    assertEquals(
        "The portal is checking too many passwords at once; try again in a moment.",
        texts.text("problem.detail.login-busy"));
    assertEquals(
        "This endpoint needs HTTP Basic credentials",
        texts.text("problem.detail.unauthorized.no-credentials"));
  }

  @Test
  void theMappersDetailsAreAsTheyWere() {
    assertEquals(
        "The portal failed unexpectedly; incident 0b7e",
        texts.text("problem.detail.internal-error", "0b7e"));
    assertEquals(
        "The body is not valid JSON for this request: Unexpected char 39 at (line no=1)",
        texts.text("problem.detail.malformed-json", "Unexpected char 39 at (line no=1)"));
    assertEquals(
        "This address cannot answer in the media type asked for (Accept header)",
        texts.text("problem.detail.http-406"));
  }

  @Test
  void thePseudoLocaleAccentsThemAndLeavesTheArguments() {
    assertEquals(
        "[Ţöö ɱàñý ŕéǫûéšţš ƒŕöɱ ţĥîš àďďŕéšš; ţŕý àĝàîñ îñ [45 šéçöñďš].]",
        FixedLocaleTexts.in(PseudoLocale.LOCALE)
            .text(
                "problem.detail.too-many-requests",
                FixedLocaleTexts.in(PseudoLocale.LOCALE).duration(Duration.ofSeconds(45))));
  }
}
