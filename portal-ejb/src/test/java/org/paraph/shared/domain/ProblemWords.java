package org.paraph.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.paraph.shared.i18n.PseudoLocale;

/**
 * What the *ProblemsTest classes check of each refusal: its English, and that it is the bundle's.
 */
public final class ProblemWords {

  private ProblemWords() {}

  /** The English is as expected, and the words come from the bundle (the pseudo-locale differs). */
  public static void assertEnglish(String expected, PortalException problem) {
    assertEquals(expected, problem.getMessage());
    assertNotEquals(
        problem.getMessage(),
        problem.detailIn(PseudoLocale.LOCALE),
        "from the bundle: " + expected);
  }
}
