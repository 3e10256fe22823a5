package org.paraph.workflows.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.paraph.shared.domain.ProblemWords.assertEnglish;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.paraph.shared.domain.ProblemText;
import org.paraph.shared.i18n.PseudoLocale;

/** A refused workflow request is told in the core's bundle's words, the English as it was. */
class WorkflowProblemsTest {

  @Test
  void theEnglishIsAsItWas() {
    assertEnglish(
        "The workflow is in progress: nobody can act on it.",
        WorkflowException.notOpen(WorkflowState.IN_PROGRESS));
    assertEnglish(
        "The sealed audit trail exists once the workflow is completed; it is in progress.",
        WorkflowException.auditTrailNotReady(WorkflowState.IN_PROGRESS));
    assertEnglish("There is no workflow 42.", WorkflowException.notFound("42"));
    assertEnglish(
        "Participant 2 applies the seal and must name an enabled portal user in 'user'.",
        WorkflowException.invalid(ProblemText.of("problem.invalid-workflow.seal-user", 2)));
    assertEnglish(
        "Participant 3: 'jane.example' is not an e-mail address.",
        WorkflowException.invalid(
            ProblemText.of("problem.invalid-workflow.email", 3, "jane.example")));
    assertEnglish(
        "Participant 1: order starts at 1, got -1000.",
        WorkflowException.invalid(
            ProblemText.of("problem.invalid-workflow.participant-order", 1, -1000)));
    assertEnglish(
        "expiresAt must be in the future; it is 2020-01-01T00:00:00Z.",
        WorkflowException.invalid(
            ProblemText.of("problem.invalid-workflow.expiry-past", "2020-01-01T00:00:00Z")));
  }

  @Test
  void tooManyCodesSaysHowManyInWhatWindowAndUntilWhenAsBefore() {
    Instant now = Instant.parse("2026-03-04T14:25:10Z");
    assertEnglish(
        "You have asked for 3 codes in the last 10 minutes, the most this link allows. Use the"
            + " latest code you received, or ask for a new one after 14:33 UTC (in 8 minutes).",
        new OtpRequestsExceededException(
            OtpRequestLimit.DEFAULT, now.plusSeconds(7 * 60 + 5), now));
    assertEnglish(
        "You have asked for 1 code in the last minute, the most this link allows. Use the latest"
            + " code you received, or ask for a new one after 14:26 UTC (in 1 second).",
        new OtpRequestsExceededException(
            new OtpRequestLimit(1, Duration.ofMinutes(1)), now.plusMillis(400), now));
    assertEnglish(
        "You have asked for 2 codes in the last 90 seconds, the most this link allows. Use the"
            + " latest code you received, or ask for a new one after 14:26 UTC (in 30 seconds).",
        new OtpRequestsExceededException(
            new OtpRequestLimit(2, Duration.ofSeconds(90)), now.plusSeconds(30), now));
  }

  @Test
  void aBrandingRefusalNamesItsFieldAndSaysWhyAsBefore() {
    InvalidBrandingException refused =
        assertThrowsBranding(() -> new Branding("#12345", null, null));
    assertEquals(InvalidBrandingException.Field.PRIMARY_COLOUR, refused.field());
    assertEnglish("The colour must be written #rrggbb, for example #1d4ed8.", refused);
    assertEnglish(
        "The address to go to after signing is longer than 2000 characters.",
        new InvalidBrandingException(
            InvalidBrandingException.Field.REDIRECT_URL,
            Branding.redirectProblem("https://example.org/" + "a".repeat(2000))));
  }

  @Test
  void thePseudoLocaleKeepsTheQuotesOfAPattern() {
    assertEquals(
        "[Þàŕţîçîþàñţ 3: 'jane.example' îš ñöţ àñ é-ɱàîľ àďďŕéšš.]",
        WorkflowException.invalid(
                ProblemText.of("problem.invalid-workflow.email", 3, "jane.example"))
            .detailIn(PseudoLocale.LOCALE));
  }

  private static InvalidBrandingException assertThrowsBranding(Runnable making) {
    try {
      making.run();
    } catch (InvalidBrandingException e) {
      return e;
    }
    throw new AssertionError("accepted");
  }
}
