package org.paraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.paraph.api.messaging.MessagesResource;
import org.paraph.api.seals.SealCredentialsResource;
import org.paraph.api.seals.SealsResource;
import org.paraph.api.workflows.WorkflowsResource;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;
import org.paraph.shared.i18n.PseudoLocale;

/**
 * The API's refusals of a request are told in the core's bundle's words, the English as it was:
 * numbers without grouping, apostrophes written once.
 */
class RequestProblemsTest {

  @Test
  void aLimitOutOfRangeNamesTheRangeWithoutGrouping() {
    assertEnglish(
        "'limit' must be between 1 and 500", refused(() -> new WorkflowsResource().list(0)));
    assertEnglish(
        "'limit' must be between 1 and 1000", refused(() -> new SealsResource().list(5000)));
  }

  @Test
  void anUnknownStateIsRefusedWithWhatWasGiven() {
    assertEnglish(
        "'state' is SENT (delivered messages) or absent (those not delivered), not 'PENDING'",
        refused(() -> new MessagesResource().list("PENDING")));
  }

  @Test
  void anUnknownRetirementReasonNamesTheReasons() {
    assertEnglish(
        "The reason 'lost' is not one of KEY_COMPROMISED, CERTIFICATE_REPLACED, HOLDER_LEFT,"
            + " OTHER, NOT_STATED",
        refused(() -> new SealCredentialsResource().retire("demo", " lost ")));
  }

  @Test
  void aTextWithoutArgumentsKeepsItsApostrophesAsWritten() {
    assertEnglish(
        "Give either 'keyword' or 'field', not both",
        new InvalidRequestException(
            "invalid-placement", ProblemText.of("problem.request.keyword-or-field")));
  }

  private static InvalidRequestException refused(Executable request) {
    return assertThrows(InvalidRequestException.class, request);
  }

  private static void assertEnglish(String expected, PortalException problem) {
    assertEquals(expected, problem.getMessage());
    assertTrue(problem.text().key().startsWith("problem.request."), problem.text().key());
    String pseudo = problem.detailIn(PseudoLocale.LOCALE);
    assertNotEquals(expected, pseudo, "the words come from the bundle");
    assertTrue(pseudo.startsWith("[") && pseudo.endsWith("]"), pseudo);
  }
}
