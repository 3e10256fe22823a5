package org.paraph.shared.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandardFontTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Société Générale – Ghent | Société Générale – Ghent",
        "Łódź Sp. z o.o. | Lódz Sp. z o.o.",
        "Őrség Kft. | Orség Kft.",
        "Constanța | Constanta",
        "Ελλάδα | ??????",
        "Straße € 5 | Straße € 5"
      })
  void keepsWhatWinAnsiHoldsAndApproximatesTheRest(String text, String drawable) {
    assertEquals(drawable, StandardFontText.drawable(text));
  }
}
