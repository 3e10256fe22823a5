package org.paraph.verification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictWordingTest {

  @Test
  void aPassedSignatureIsValidInGreen() {
    SignatureVerdict verdict = verdict(Indication.TOTAL_PASSED, null, false);

    assertEquals("Valid", VerdictWording.headline(verdict));
    assertEquals("passed", VerdictWording.tone(verdict));
  }

  @Test
  void aPassedSignatureOverContentChangedLaterIsShownInOrange() {
    SignatureVerdict verdict = verdict(Indication.TOTAL_PASSED, null, true);

    assertEquals(
        "Valid signature, but the document was changed after it was signed: what you see is not"
            + " exactly what was signed",
        VerdictWording.headline(verdict));
    assertEquals("warning", VerdictWording.tone(verdict));
  }

  @Test
  void aHashFailureSaysTheDocumentWasChangedInRed() {
    SignatureVerdict verdict = verdict(Indication.TOTAL_FAILED, "HASH_FAILURE", false);

    assertEquals(
        "Invalid: the document was changed after it was signed", VerdictWording.headline(verdict));
    assertEquals("failed", VerdictWording.tone(verdict));
  }

  @Test
  void anUnknownAuthorityIsIndeterminateInOrange() {
    SignatureVerdict verdict =
        verdict(Indication.INDETERMINATE, "NO_CERTIFICATE_CHAIN_FOUND", false);

    assertEquals(
        "Indeterminate: the signer's certificate does not lead to an authority this portal trusts",
        VerdictWording.headline(verdict));
    assertEquals("indeterminate", VerdictWording.tone(verdict));
  }

  @Test
  void aSubIndicationWithoutOwnWordsIsShownByItsName() {
    SignatureVerdict verdict = verdict(Indication.INDETERMINATE, "POLICY_PROCESSING_ERROR", false);

    assertEquals("Indeterminate: policy processing error", VerdictWording.headline(verdict));
  }

  private static SignatureVerdict verdict(
      Indication indication, String subIndication, boolean changedAfter) {
    return new SignatureVerdict(
        "S-1",
        indication,
        subIndication,
        "Signer",
        Instant.EPOCH,
        Instant.EPOCH,
        "PAdES-BASELINE-B",
        !changedAfter,
        changedAfter,
        false,
        List.of(),
        List.of());
  }
}
