package org.paraph.workflows.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void thePseudoLocaleKeepsTheQuotesOfAPattern() {
    assertEquals(
        "[Þàŕţîçîþàñţ 3: 'jane.example' îš ñöţ àñ é-ɱàîľ àďďŕéšš.]",
        WorkflowException.invalid(
                ProblemText.of("problem.invalid-workflow.email", 3, "jane.example"))
            .detailIn(PseudoLocale.LOCALE));
  }

  private static void assertEnglish(String expected, WorkflowException problem) {
    assertEquals(expected, problem.getMessage());
    assertTrue(problem.text().isPresent(), expected);
  }
}
