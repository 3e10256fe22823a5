package org.paraph.verification.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paraph.documents.infrastructure.PdfInspector;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.infrastructure.LongTermValidationSources;
import org.paraph.seals.infrastructure.sealing.PadesSealer;
import org.paraph.testsupport.TestPdfs;
import org.paraph.trust.domain.RetiredCertificate;
import org.paraph.trust.infrastructure.DemoCrlIssuer;
import org.paraph.trust.infrastructure.DemoPki;
import org.paraph.trust.infrastructure.DemoPkiGenerator;
import org.paraph.trust.infrastructure.DemoTimestampAuthority;
import org.paraph.trust.infrastructure.DemoTspSource;
import org.paraph.trust.infrastructure.LocalCrlSource;
import org.paraph.verification.domain.Indication;
import org.paraph.verification.domain.SignatureVerdict;
import org.paraph.verification.domain.UnverifiableDocumentException;

/**
 * The verifier and the seals the portal retired: a seal whose root is no longer an anchor keeps
 * verifying through its own pinned certificate, and a seal retired because its key was compromised
 * counts as revoked from its retirement, so that only a signature a timestamp proves older passes.
 * Real seals on two generated PKIs: the portal's (its timestamp authority, always an anchor) and a
 * CA of the seal's own, whose root is no longer an anchor once its last seal is retired.
 */
class RetiredSealVerificationTest {

  /** The seals below are made now; the seal is retired a minute later, verified an hour later. */
  private static final Duration RETIRED_AFTER = Duration.ofMinutes(1);

  private static final Duration VERIFIED_AFTER = Duration.ofHours(1);

  private static DemoPki portal;
  private static DemoPki sealCa;
  private static byte[] portalCrl;
  private static byte[] sealCaCrl;
  private static Instant retiredAt;
  private static Clock later;
  private static byte[] sealedAtBB;
  private static byte[] sealedAtBT;

  @BeforeAll
  static void sealBeforeTheRetirement() {
    Instant now = Instant.now();
    portal = new DemoPkiGenerator().generate("Portal Org", "https://portal.test", now);
    sealCa = new DemoPkiGenerator().generate("Seal CA Org", "https://seal-ca.test", now);
    portalCrl = new DemoCrlIssuer().issue(portal.root(), now);
    sealCaCrl = new DemoCrlIssuer().issue(sealCa.root(), now);
    DemoTspSource tsp =
        new DemoTspSource(
            new DemoTimestampAuthority(portal.timestampAuthority(), Clock.systemUTC()),
            portal.timestampAuthority().chain());
    PadesSealer sealer =
        new PadesSealer(
            new PdfInspector(),
            new LongTermValidationSources(
                List.of(root(portal)), new LocalCrlSource(RetiredSealVerificationTest::crlAt)));
    sealedAtBB =
        sealer.seal(
            TestPdfs.onePage(),
            sealCa.seal(),
            SealOptions.invisible(SealLevel.B_B, "Seal CA Org", now),
            tsp);
    sealedAtBT =
        sealer.seal(
            TestPdfs.onePage(),
            sealCa.seal(),
            SealOptions.invisible(SealLevel.B_T, "Seal CA Org", now),
            tsp);
    retiredAt = Instant.now().plus(RETIRED_AFTER);
    later = Clock.fixed(Instant.now().plus(VERIFIED_AFTER), ZoneOffset.UTC);
  }

  @Test
  void aSealRetiredForAnotherReasonKeepsVerifyingThroughItsPinnedCertificateOnly() {
    DssVerifier verifier = verifier(List.of(root(portal)), retired(false, true));

    for (byte[] sealed : List.of(sealedAtBB, sealedAtBT)) {
      SignatureVerdict verdict = only(verifier, sealed);
      assertEquals(Indication.TOTAL_PASSED, verdict.indication(), verdict.errors()::toString);
      assertTrue(verdict.warnings().stream().noneMatch(w -> w.contains("compromised")));
    }
    SignatureVerdict withoutPin = only(verifier(List.of(root(portal)), List.of()), sealedAtBB);
    assertEquals(
        Indication.INDETERMINATE,
        withoutPin.indication(),
        "its former root alone is no anchor any more: without the pin nothing trusts it");
    assertEquals("NO_CERTIFICATE_CHAIN_FOUND", withoutPin.subIndication());
  }

  @Test
  void aCompromisedSealsSignatureWithoutATimestampBeforeTheRetirementIsNotTrusted() {
    for (boolean pinned : List.of(true, false)) {
      // Not pinned: its root is still an anchor, another seal in service chains to it.
      List<X509Certificate> anchors =
          pinned ? List.of(root(portal)) : List.of(root(portal), root(sealCa));
      SignatureVerdict verdict = only(verifier(anchors, retired(true, pinned)), sealedAtBB);

      assertEquals(Indication.INDETERMINATE, verdict.indication(), "pinned: " + pinned);
      assertEquals("REVOKED_NO_POE", verdict.subIndication());
      assertTrue(
          verdict.errors().stream()
              .anyMatch(
                  error ->
                      error.contains("'acme-leaked' was retired on")
                          && error.contains("because its key was compromised")),
          verdict.errors()::toString);
      assertFalse(verdict.valid());
    }
  }

  @Test
  void aCompromisedSealsSignatureTimestampedBeforeTheRetirementStillPasses() {
    for (boolean pinned : List.of(true, false)) {
      List<X509Certificate> anchors =
          pinned ? List.of(root(portal)) : List.of(root(portal), root(sealCa));
      SignatureVerdict verdict = only(verifier(anchors, retired(true, pinned)), sealedAtBT);

      assertEquals(Indication.TOTAL_PASSED, verdict.indication(), verdict.errors()::toString);
      assertTrue(verdict.bestSignatureTime().isBefore(retiredAt));
      assertTrue(
          verdict.warnings().stream().anyMatch(w -> w.contains("a timestamp proves")),
          verdict.warnings()::toString);
    }
  }

  @Test
  void aSignatureTimestampedAfterTheRetirementIsNotTrustedEither() {
    // The same B-T seal, but the key counted as compromised from before its timestamp.
    RetiredCertificate early =
        new RetiredCertificate(
            "acme-leaked",
            sealCa.seal().signingCertificate(),
            Instant.now().minus(Duration.ofHours(2)),
            true,
            true,
            false);
    SignatureVerdict verdict = only(verifier(List.of(root(portal)), List.of(early)), sealedAtBT);

    assertEquals(Indication.INDETERMINATE, verdict.indication());
    assertEquals("REVOKED_NO_POE", verdict.subIndication());
  }

  @Test
  void theEtsiReportNeverPassesACompromisedPinnedSeal() {
    String xml =
        verifier(List.of(root(portal)), retired(true, true))
            .etsiValidationReport("t.pdf", sealedAtBT, null, null);

    assertFalse(
        xml.contains("urn:etsi:019102:mainindication:total-passed"),
        "DSS's own report cannot carry the rule: it does not trust the leaked certificate at all");
  }

  @Test
  void theEtsiReportIsRefusedWhereItWouldPassAForgeryThroughASharedRoot() {
    DssVerifier verifier = verifier(List.of(root(portal), root(sealCa)), retired(true, false));

    UnverifiableDocumentException refused =
        assertThrows(
            UnverifiableDocumentException.class,
            () -> verifier.etsiValidationReport("b.pdf", sealedAtBB, null, null));
    assertEquals("compromised-seal-etsi-report", refused.problemType());
    assertTrue(refused.getMessage().contains("'acme-leaked'"), refused.getMessage());
    assertTrue(
        verifier
            .etsiValidationReport("t.pdf", sealedAtBT, null, null)
            .contains("urn:etsi:019102:mainindication:total-passed"),
        "timestamped before the retirement: the ETSI report may say what the portal says");
  }

  private static List<RetiredCertificate> retired(boolean keyCompromised, boolean pinned) {
    return List.of(
        new RetiredCertificate(
            "acme-leaked",
            sealCa.seal().signingCertificate(),
            retiredAt,
            keyCompromised,
            pinned,
            false));
  }

  private static DssVerifier verifier(
      List<X509Certificate> anchors, List<RetiredCertificate> retired) {
    return new DssVerifier(
        anchors,
        List.of(),
        RetiredSealVerificationTest::crlAt,
        EuTrustedLists.disabled(),
        Optional.empty(),
        later,
        retired);
  }

  private static SignatureVerdict only(DssVerifier verifier, byte[] sealed) {
    List<SignatureVerdict> verdicts =
        verifier.verify("sealed.pdf", sealed, null, null).signatures();
    assertEquals(1, verdicts.size());
    return verdicts.get(0);
  }

  private static Optional<byte[]> crlAt(String url) {
    if (url.equals(portal.crlUrl())) {
      return Optional.of(portalCrl);
    }
    return url.equals(sealCa.crlUrl()) ? Optional.of(sealCaCrl) : Optional.empty();
  }

  private static X509Certificate root(DemoPki pki) {
    return pki.root().signingCertificate();
  }
}
