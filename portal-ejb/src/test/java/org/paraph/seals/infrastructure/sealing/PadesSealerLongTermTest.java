package org.paraph.seals.infrastructure.sealing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.diagnostic.TimestampWrapper;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.TimestampType;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.validation.reports.Reports;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paraph.documents.infrastructure.PdfInspector;
import org.paraph.seals.domain.Placement;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.SealingFailedException;
import org.paraph.seals.domain.SealingKey;
import org.paraph.seals.infrastructure.LongTermValidationSources;
import org.paraph.seals.infrastructure.RemoteCrls;
import org.paraph.shared.infrastructure.OutboundGuard;
import org.paraph.testsupport.CscTestServer;
import org.paraph.testsupport.DssTestValidation;
import org.paraph.testsupport.TestPdfs;
import org.paraph.trust.infrastructure.DemoCrlIssuer;
import org.paraph.trust.infrastructure.DemoPki;
import org.paraph.trust.infrastructure.DemoPkiGenerator;
import org.paraph.trust.infrastructure.DemoTimestampAuthority;
import org.paraph.trust.infrastructure.DemoTspSource;
import org.paraph.trust.infrastructure.LocalCrlSource;

/**
 * Long-term seals carry the revocation data themselves: a relying party that trusts the demo root
 * but has no way to fetch its CRL still sees them valid.
 */
class PadesSealerLongTermTest {

  private static DemoPki pki;
  private static byte[] crl;
  private static DemoTspSource tsp;

  /** Trusts the demo root, and has no CRL to offer. */
  private static DssTestValidation offlineWithoutCrl;

  @BeforeAll
  static void generateDemoPki() {
    Instant now = Instant.now();
    pki = new DemoPkiGenerator().generate("Long Term Test", "https://paraph.test", now);
    crl = new DemoCrlIssuer().issue(pki.root(), now);
    tsp =
        new DemoTspSource(
            new DemoTimestampAuthority(pki.timestampAuthority(), Clock.systemUTC()),
            pki.timestampAuthority().chain());
    offlineWithoutCrl = DssTestValidation.trusting(pki.root().signingCertificate());
  }

  @Test
  void longTermSealEmbedsWhatItsValidationNeeds() {
    byte[] pdf = TestPdfs.onePage();
    SealOptions options = options(SealLevel.B_LT).withPlacement(new Placement(1, 72, 72, 200, 60));

    byte[] sealed = sealer(pki.crlUrl()).seal(pdf, pki.seal(), options, tsp);

    assertArrayEquals(pdf, Arrays.copyOf(sealed, pdf.length));
    assertValidAt(SignatureLevel.PAdES_BASELINE_LT, sealed);
  }

  @Test
  void archivalSealAddsADocumentTimestamp() {
    byte[] sealed =
        sealer(pki.crlUrl()).seal(TestPdfs.onePage(), pki.seal(), options(SealLevel.B_LTA), tsp);

    Reports reports = assertValidAt(SignatureLevel.PAdES_BASELINE_LTA, sealed);
    List<TimestampType> timestamps =
        reports.getDiagnosticData().getTimestampList().stream()
            .map(TimestampWrapper::getType)
            .collect(Collectors.toList());
    assertEquals(
        List.of(TimestampType.SIGNATURE_TIMESTAMP, TimestampType.DOCUMENT_TIMESTAMP), timestamps);
  }

  @Test
  void missingCrlFailsTheSealInsteadOfDowngradingIt() {
    PadesSealer sealer = sealer("https://elsewhere.test/none.crl");

    SealingFailedException failure =
        assertThrows(
            SealingFailedException.class,
            () -> sealer.seal(TestPdfs.onePage(), pki.seal(), options(SealLevel.B_LT), tsp));

    assertEquals("revocation-unavailable", failure.problemType());
  }

  @Test
  void archivalSealOverAForeignSignatureEmbedsTheForeignCrlFetchedFromItsIssuer() {
    try (CscTestServer trustService = CscTestServer.start("client", "secret", "seal");
        RemoteCrls remote = new RemoteCrls(OutboundGuard.of(false, "127.0.0.1"))) {
      SealingKey person = trustService.addUser("qp", "pw", "Qualified Person");
      byte[] signed =
          new PadesSealer(new PdfInspector())
              .seal(TestPdfs.onePage(), person, options(SealLevel.B_T), tsp);
      // As the portal does: its own CRL for any URL with its path (the trust service publishes
      // under the same path, so that CRL must be passed over), others' fetched over HTTP.
      LocalCrlSource crls =
          new LocalCrlSource(
              url -> url.endsWith("/pki/demo-root.crl") ? Optional.of(crl) : Optional.empty(),
              new LocalCrlSource(remote::fetch));
      PadesSealer sealer =
          new PadesSealer(
              new PdfInspector(),
              new LongTermValidationSources(List.of(pki.root().signingCertificate()), crls));

      byte[] sealed = sealer.seal(signed, pki.seal(), options(SealLevel.B_LTA), tsp);

      // Offline, without any CRL: everything needed is in the document.
      Reports reports =
          DssTestValidation.trusting(
                  List.of(pki.root().signingCertificate(), trustService.caCertificate()))
              .validate(sealed);
      assertEquals(
          List.of(Indication.TOTAL_PASSED, Indication.TOTAL_PASSED),
          DssTestValidation.signatureIndications(reports),
          () -> DssTestValidation.explain(reports));
    }
  }

  @Test
  void aForeignCrlFromAPrivateAddressIsNotFetchedUnlessAllowed() {
    try (CscTestServer trustService = CscTestServer.start("client", "secret", "seal");
        RemoteCrls allowed = new RemoteCrls(OutboundGuard.of(false, "127.0.0.1"));
        RemoteCrls refused = new RemoteCrls(OutboundGuard.strict())) {
      assertTrue(allowed.fetch(trustService.crlUrl()).isPresent());
      assertTrue(refused.fetch(trustService.crlUrl()).isEmpty());
    }
  }

  /** A sealer whose CRL source serves the demo CRL at {@code servedUrl} only. */
  private static PadesSealer sealer(String servedUrl) {
    LocalCrlSource crls =
        new LocalCrlSource(url -> url.equals(servedUrl) ? Optional.of(crl) : Optional.empty());
    List<X509Certificate> anchors = List.of(pki.root().signingCertificate());
    return new PadesSealer(new PdfInspector(), new LongTermValidationSources(anchors, crls));
  }

  private static SealOptions options(SealLevel level) {
    return SealOptions.invisible(level, "Long Term Test", Instant.now());
  }

  private static Reports assertValidAt(SignatureLevel level, byte[] sealed) {
    Reports reports = offlineWithoutCrl.validate(sealed);
    SimpleReport report = reports.getSimpleReport();
    assertEquals(
        List.of(Indication.TOTAL_PASSED),
        DssTestValidation.signatureIndications(reports),
        () -> DssTestValidation.explain(reports));
    assertEquals(level, report.getSignatureFormat(report.getFirstSignatureId()));
    return reports;
  }
}
