package org.paraph.seals.infrastructure.sealing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.validation.reports.Reports;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.paraph.seals.domain.InvalidSealOptionException;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.infrastructure.LongTermValidationSources;
import org.paraph.testsupport.DssTestValidation;
import org.paraph.testsupport.TestPdfs;
import org.paraph.trust.infrastructure.DemoCrlIssuer;
import org.paraph.trust.infrastructure.DemoPki;
import org.paraph.trust.infrastructure.DemoPkiGenerator;
import org.paraph.trust.infrastructure.DemoTimestampAuthority;
import org.paraph.trust.infrastructure.DemoTspSource;
import org.paraph.trust.infrastructure.LocalCrlSource;

/** Detached CAdES seals, validated by DSS with the original given as the detached content. */
class CadesSealerTest {

  private static final String ORGANISATION = "Acme Records, Ltd.";

  /** id-aa-ets-signerLocation (RFC 5126). */
  private static final ASN1ObjectIdentifier SIGNER_LOCATION =
      PKCSObjectIdentifiers.id_aa.branch("17");

  private static DemoPki pki;
  private static byte[] crl;
  private static DssTestValidation validation;
  private static DemoTspSource tsp;

  private final CadesSealer sealer = new CadesSealer();

  @BeforeAll
  static void generateDemoPki() {
    Instant now = Instant.now();
    pki = new DemoPkiGenerator().generate(ORGANISATION, "https://paraph.test", now);
    crl = new DemoCrlIssuer().issue(pki.root(), now);
    validation =
        DssTestValidation.trusting(pki.root().signingCertificate()).withCrl(pki.crlUrl(), crl);
    tsp =
        new DemoTspSource(
            new DemoTimestampAuthority(pki.timestampAuthority(), Clock.systemUTC()),
            pki.timestampAuthority().chain());
  }

  @Test
  void aBasicDetachedSealValidatesOverTheOriginalAndHoldsNoContent() throws CMSException {
    byte[] original = TestPdfs.onePage();
    Instant signingTime = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    SealOptions options =
        SealOptions.invisible(SealLevel.B_B, ORGANISATION, signingTime)
            .withReasonAndLocation(null, "Brussels");

    byte[] signature = sealer.seal(original, pki.seal(), options, null);

    Reports reports = assertValid(signature, original, SignatureLevel.CAdES_BASELINE_B);
    SimpleReport report = reports.getSimpleReport();
    assertEquals(
        signingTime, report.getSigningTime(report.getFirstSignatureId()).toInstant(), "signed at");
    CMSSignedData cms = new CMSSignedData(signature);
    assertTrue(cms.isDetachedSignature(), "the .p7s does not carry the document");
    assertNull(cms.getSignedContent());
    SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
    assertNotNull(signer.getSignedAttributes().get(SIGNER_LOCATION), "the location is signed");
  }

  @Test
  void aTimestampedDetachedSealCarriesASignatureTimestamp() {
    byte[] original = TestPdfs.onePage();

    byte[] signature = sealer.seal(original, pki.seal(), options(SealLevel.B_T), tsp);

    Reports reports = assertValid(signature, original, SignatureLevel.CAdES_BASELINE_T);
    SimpleReport report = reports.getSimpleReport();
    assertEquals(1, report.getSignatureTimestamps(report.getFirstSignatureId()).size());
  }

  @Test
  void anyChangeToTheOriginalFailsTheSignature() {
    byte[] original = TestPdfs.onePage();
    byte[] signature = sealer.seal(original, pki.seal(), options(SealLevel.B_B), null);
    byte[] changed = original.clone();
    changed[changed.length / 2] ^= 0x01;

    Reports reports = validation.validateDetached(signature, changed);

    assertEquals(
        List.of(Indication.TOTAL_FAILED),
        DssTestValidation.signatureIndications(reports),
        DssTestValidation.explain(reports));
  }

  @ParameterizedTest
  @EnumSource(
      value = SealLevel.class,
      names = {"B_LT", "B_LTA"})
  void longTermLevelsCarryTheirValidationData(SealLevel level) {
    LocalCrlSource crls =
        new LocalCrlSource(url -> url.equals(pki.crlUrl()) ? Optional.of(crl) : Optional.empty());
    List<X509Certificate> anchors = List.of(pki.root().signingCertificate());
    CadesSealer longTerm = new CadesSealer(new LongTermValidationSources(anchors, crls));
    byte[] original = TestPdfs.onePage();

    byte[] signature = longTerm.seal(original, pki.seal(), options(level), tsp);

    // A relying party without any CRL: the signature must bring its own.
    Reports reports =
        DssTestValidation.trusting(pki.root().signingCertificate())
            .validateDetached(signature, original);
    assertEquals(
        List.of(Indication.TOTAL_PASSED),
        DssTestValidation.signatureIndications(reports),
        DssTestValidation.explain(reports));
    SimpleReport report = reports.getSimpleReport();
    assertEquals(
        level == SealLevel.B_LT
            ? SignatureLevel.CAdES_BASELINE_LT
            : SignatureLevel.CAdES_BASELINE_LTA,
        report.getSignatureFormat(report.getFirstSignatureId()));
  }

  @Test
  void longTermLevelsNeedTheirSources() {
    InvalidSealOptionException refusal =
        assertThrows(
            InvalidSealOptionException.class,
            () -> sealer.seal(TestPdfs.onePage(), pki.seal(), options(SealLevel.B_LT), tsp));

    assertEquals("unsupported-level", refusal.problemType());
  }

  private static SealOptions options(SealLevel level) {
    return SealOptions.invisible(level, ORGANISATION, Instant.now());
  }

  private static Reports assertValid(byte[] signature, byte[] original, SignatureLevel level) {
    Reports reports = validation.validateDetached(signature, original);
    assertEquals(
        List.of(Indication.TOTAL_PASSED),
        DssTestValidation.signatureIndications(reports),
        DssTestValidation.explain(reports));
    SimpleReport report = reports.getSimpleReport();
    assertEquals(level, report.getSignatureFormat(report.getFirstSignatureId()));
    return reports;
  }
}
