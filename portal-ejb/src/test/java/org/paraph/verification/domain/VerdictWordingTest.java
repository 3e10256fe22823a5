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

  @Test
  void aSignatureWhoseCertificateWasCheckedOnlineSaysFromWhere() {
    RevocationCheck check =
        new RevocationCheck(
            true,
            List.of(
                new RevocationSource(
                    "OCSP", "ocsp.example.eu", RevocationSource.Origin.FETCHED, "GOOD", null)),
            List.of());

    assertEquals(
        "Revocation checked: OCSP answer fetched from ocsp.example.eu: not revoked",
        VerdictWording.revocation(verdict(Indication.TOTAL_PASSED, null, false, check)));
  }

  @Test
  void revocationDataCarriedInTheDocumentIsNamedSo() {
    RevocationCheck check =
        new RevocationCheck(
            true,
            List.of(
                new RevocationSource(
                    "CRL", "crl.example.eu", RevocationSource.Origin.DOCUMENT, "GOOD", null)),
            List.of("OCSP at ocsp.example.eu: answered HTTP 503"));

    assertEquals(
        "Revocation checked: CRL carried in the document (from crl.example.eu): not revoked"
            + " (could not be used: OCSP at ocsp.example.eu: answered HTTP 503)",
        VerdictWording.revocation(verdict(Indication.TOTAL_PASSED, null, false, check)));
  }

  @Test
  void aRevokedCertificateSaysSinceWhen() {
    RevocationCheck check =
        new RevocationCheck(
            true,
            List.of(
                new RevocationSource(
                    "OCSP",
                    "ocsp.example.eu",
                    RevocationSource.Origin.FETCHED,
                    "REVOKED",
                    Instant.parse("2026-01-02T03:04:05Z"))),
            List.of());

    assertEquals(
        "Revoked certificate: OCSP answer fetched from ocsp.example.eu: REVOKED since"
            + " 2026-01-02 03:04:05 UTC",
        VerdictWording.revocation(verdict(Indication.TOTAL_FAILED, "REVOKED", false, check)));
  }

  @Test
  void revocationThatCouldNotBeCheckedSaysWhy() {
    RevocationCheck check =
        new RevocationCheck(
            true, List.of(), List.of("OCSP at ocsp.example.eu: no answer within 5 seconds"));

    assertEquals(
        "Revocation not checked: OCSP at ocsp.example.eu: no answer within 5 seconds",
        VerdictWording.revocation(verdict(Indication.INDETERMINATE, "TRY_LATER", false, check)));
  }

  @Test
  void aCertificateThatNeedsNoCheckGetsNoRevocationLine() {
    assertEquals(null, VerdictWording.revocation(verdict(Indication.TOTAL_PASSED, null, false)));
  }

  private static SignatureVerdict verdict(
      Indication indication, String subIndication, boolean changedAfter) {
    return verdict(indication, subIndication, changedAfter, RevocationCheck.notApplicable());
  }

  private static SignatureVerdict verdict(
      Indication indication,
      String subIndication,
      boolean changedAfter,
      RevocationCheck revocation) {
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
        List.of(),
        null,
        revocation);
  }
}
