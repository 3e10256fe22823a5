package org.paraph.seals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.paraph.shared.domain.FailureKind;

class SealFormatTest {

  @Test
  void labelsAreReadInAnyCase() {
    assertEquals(SealFormat.PADES, SealFormat.fromLabel("pades"));
    assertEquals(SealFormat.CADES, SealFormat.fromLabel("CAdES"));
  }

  @Test
  void anyOtherFormatIsABadRequestListingTheAcceptedOnes() {
    InvalidSealOptionException refusal =
        assertThrows(InvalidSealOptionException.class, () -> SealFormat.fromLabel("xades"));

    assertEquals("invalid-format", refusal.problemType());
    assertEquals(FailureKind.BAD_REQUEST, refusal.kind());
    assertTrue(refusal.getMessage().contains("pades, cades"), refusal.getMessage());
  }

  @Test
  void aSealedPdfIsNamedAfterTheOriginalAndASignatureAfterTheFileItSigns() {
    assertEquals("letter-sealed.pdf", SealFormat.PADES.resultFileName("letter.pdf"));
    assertEquals("scan-sealed.pdf", SealFormat.PADES.resultFileName("scan"));
    assertEquals("letter.pdf.p7s", SealFormat.CADES.resultFileName("letter.pdf"));
  }
}
