package org.paraph.verification.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paraph.verification.domain.Indication;

/**
 * The rules by which DSS's words become the portal's; the whole translation is exercised through
 * {@link DssVerifierTest} on real signatures.
 */
class DssReportTranslatorTest {

  private static List<BigInteger> range(long... values) {
    return Arrays.stream(values).mapToObj(BigInteger::valueOf).toList();
  }

  @Test
  void timestampsAndSignaturesShareTheThreeEtsiIndications() {
    assertEquals(
        Indication.TOTAL_PASSED,
        DssReportTranslator.indication(eu.europa.esig.dss.enumerations.Indication.TOTAL_PASSED));
    assertEquals(
        Indication.TOTAL_PASSED,
        DssReportTranslator.indication(eu.europa.esig.dss.enumerations.Indication.PASSED));
    assertEquals(
        Indication.TOTAL_FAILED,
        DssReportTranslator.indication(eu.europa.esig.dss.enumerations.Indication.FAILED));
    assertEquals(
        Indication.TOTAL_FAILED,
        DssReportTranslator.indication(
            eu.europa.esig.dss.enumerations.Indication.NO_SIGNATURE_FOUND));
    assertEquals(
        Indication.INDETERMINATE,
        DssReportTranslator.indication(eu.europa.esig.dss.enumerations.Indication.INDETERMINATE));
    assertEquals(Indication.INDETERMINATE, DssReportTranslator.indication(null));
  }

  @Test
  void aSignatureCoversTheWholeFileOnlyWhenItsByteRangeRunsFromTheStartToTheEnd() {
    assertTrue(DssReportTranslator.reachesTheEnd(range(0, 100, 300, 50), 350));
    assertFalse(DssReportTranslator.reachesTheEnd(range(0, 100, 300, 50), 500), "updated after");
    assertFalse(DssReportTranslator.reachesTheEnd(range(10, 100, 300, 40), 350), "not from 0");
    assertFalse(DssReportTranslator.reachesTheEnd(range(0, 100), 100));
    assertFalse(DssReportTranslator.reachesTheEnd(null, 350));
  }
}
