package org.paraph.seals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.paraph.shared.domain.FailureKind;

class SealLevelTest {

  @ParameterizedTest
  @EnumSource(SealLevel.class)
  void labelReadsBackAsTheSameLevel(SealLevel level) {
    assertEquals(level, SealLevel.fromLabel(level.label()));
  }

  @Test
  void labelsAreTheEtsiNames() {
    assertEquals("B-B", SealLevel.B_B.label());
    assertEquals("B-LTA", SealLevel.B_LTA.label());
  }

  @Test
  void unknownLabelIsABadRequestListingTheAcceptedOnes() {
    InvalidSealOptionException refusal =
        assertThrows(InvalidSealOptionException.class, () -> SealLevel.fromLabel("B_T"));

    assertEquals("invalid-level", refusal.problemType());
    assertEquals(FailureKind.BAD_REQUEST, refusal.kind());
    assertTrue(refusal.getMessage().contains("B-B, B-T, B-LT, B-LTA"), refusal.getMessage());
  }

  @Test
  void missingLabelIsRefusedToo() {
    assertThrows(InvalidSealOptionException.class, () -> SealLevel.fromLabel(null));
  }
}
