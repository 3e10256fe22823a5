package org.paraph.verification.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.cades.CAdESSignatureParameters;
import eu.europa.esig.dss.cades.signature.CAdESService;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SignaturePackaging;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paraph.documents.infrastructure.PdfInspector;
import org.paraph.seals.domain.Placement;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.infrastructure.LongTermValidationSources;
import org.paraph.seals.infrastructure.sealing.PadesSealer;
import org.paraph.shared.domain.Sha256;
import org.paraph.testsupport.TestPdfs;
import org.paraph.trust.infrastructure.DemoCrlIssuer;
import org.paraph.trust.infrastructure.DemoPki;
import org.paraph.trust.infrastructure.DemoPkiGenerator;
import org.paraph.trust.infrastructure.DemoTimestampAuthority;
import org.paraph.trust.infrastructure.DemoTspSource;
import org.paraph.trust.infrastructure.LocalCrlSource;
import org.paraph.verification.domain.Indication;
import org.paraph.verification.domain.SignatureVerdict;
import org.paraph.verification.domain.UnverifiableDocumentException;
import org.paraph.verification.domain.VerificationReport;
import org.w3c.dom.Element;

/** Seal with the portal's sealer on a generated demo PKI, then verify as a relying party would. */
class DssVerifierTest {

  private static final String ORGANISATION = "Verifier Test Org";
  private static final String SEAL_NAME = ORGANISATION + " Demo Seal (TEST)";

  private static DemoPki pki;
  private static byte[] crl;
  private static DemoTspSource tsp;
  private static PadesSealer sealer;
  private static DssVerifier verifier;

  @BeforeAll
  static void generateDemoPki() {
    Instant now = Instant.now();
    pki = new DemoPkiGenerator().generate(ORGANISATION, "https://paraph.test", now);
    crl = new DemoCrlIssuer().issue(pki.root(), now);
    tsp =
        new DemoTspSource(
            new DemoTimestampAuthority(pki.timestampAuthority(), Clock.systemUTC()),
            pki.timestampAuthority().chain());
    sealer =
        new PadesSealer(
            new PdfInspector(),
            new LongTermValidationSources(List.of(root()), new LocalCrlSource(url -> crlAt(url))));
    verifier = verifierTrusting(List.of(root()), List.of(root()));
  }

  @Test
  void aSealMadeByThePortalPassesAndNamesItsSigner() {
    Instant before = Instant.now().minusSeconds(1);
    byte[] sealed =
        seal(
            TestPdfs.onePage(),
            options(SealLevel.B_B).withPlacement(new Placement(1, 72, 72, 200, 60)));

    VerificationReport report = verifier.verify("sealed.pdf", sealed, null, null);

    assertEquals("sealed.pdf", report.fileName());
    assertEquals(Sha256.hex(sealed), report.sha256());
    assertEquals(1, report.signatures().size());
    SignatureVerdict verdict = report.signatures().get(0);
    assertEquals(Indication.TOTAL_PASSED, verdict.indication(), verdict.errors()::toString);
    assertEquals(null, verdict.subIndication());
    assertEquals(SEAL_NAME, verdict.signerName());
    assertEquals("PAdES-BASELINE-B", verdict.level());
    assertTrue(verdict.coversWholeDocument());
    assertFalse(verdict.changedAfter());
    assertTrue(verdict.test(), "the demo root is a test anchor");
    assertTrue(verdict.signingTime().isAfter(before), verdict.signingTime().toString());
    assertEquals(List.of(), verdict.errors());
    assertTrue(report.allValid());
  }

  @Test
  void aSealIsNotATestSealWhenItsAnchorIsNotATestAnchor() {
    byte[] sealed = seal(TestPdfs.onePage(), options(SealLevel.B_B));

    SignatureVerdict verdict =
        verifierTrusting(List.of(root()), List.of())
            .verify("sealed.pdf", sealed, null, null)
            .signatures()
            .get(0);

    assertEquals(Indication.TOTAL_PASSED, verdict.indication());
    assertFalse(verdict.test());
  }

  @Test
  void aTimestampedSealShowsLevelTAndTheTimestampAsBestSignatureTime() {
    byte[] sealed = seal(TestPdfs.onePage(), options(SealLevel.B_T));

    SignatureVerdict verdict = verifier.verify("t.pdf", sealed, null, null).signatures().get(0);

    assertEquals(Indication.TOTAL_PASSED, verdict.indication(), verdict.errors()::toString);
    assertEquals("PAdES-BASELINE-T", verdict.level());
    assertNotNull(verdict.bestSignatureTime());
    assertTrue(
        Duration.between(verdict.bestSignatureTime(), Instant.now()).abs().toMinutes() < 5,
        "the timestamp's time, not some default: " + verdict.bestSignatureTime());
  }

  @Test
  void twoSealsBothPassAndTheFirstNoLongerCoversTheWholeFileWithoutBeingChanged() {
    byte[] once =
        seal(
            TestPdfs.onePage(),
            options(SealLevel.B_B).withPlacement(new Placement(1, 40, 40, 200, 60)));
    byte[] twice =
        seal(once, options(SealLevel.B_B).withPlacement(new Placement(1, 300, 40, 200, 60)));

    List<SignatureVerdict> verdicts = verifier.verify("twice.pdf", twice, null, null).signatures();

    assertEquals(2, verdicts.size());
    verdicts.forEach(
        v -> assertEquals(Indication.TOTAL_PASSED, v.indication(), v.errors()::toString));
    SignatureVerdict first =
        verdicts.stream().filter(v -> !v.coversWholeDocument()).findFirst().orElseThrow();
    assertFalse(first.changedAfter(), "a second seal is not a change of the content");
    assertEquals(1, verdicts.stream().filter(SignatureVerdict::coversWholeDocument).count());
  }

  @Test
  void aByteChangedInTheSignedRangeFails() {
    byte[] sealed = seal(TestPdfs.onePage(), options(SealLevel.B_B));
    byte[] tampered = sealed.clone();
    int digit = indexOf(tampered, "%PDF-1.") + 7;
    tampered[digit] = (byte) (tampered[digit] == '7' ? '6' : '7');

    SignatureVerdict verdict = verifier.verify("t.pdf", tampered, null, null).signatures().get(0);

    assertEquals(Indication.TOTAL_FAILED, verdict.indication());
    assertEquals("HASH_FAILURE", verdict.subIndication());
    assertFalse(verdict.errors().isEmpty());
  }

  @Test
  void contentDrawnOnThePageAfterTheSealIsReportedAsAChange() throws IOException {
    byte[] sealed = seal(TestPdfs.onePage(), options(SealLevel.B_B));
    byte[] drawnOver = withBlackBoxAppended(sealed);

    SignatureVerdict verdict =
        verifier.verify("changed.pdf", drawnOver, null, null).signatures().get(0);

    assertFalse(verdict.coversWholeDocument());
    assertTrue(verdict.changedAfter(), "a box drawn over the page after sealing");
  }

  @Test
  void aSealByAnUnknownAuthorityIsIndeterminate() {
    DemoPki stranger =
        new DemoPkiGenerator().generate("Stranger", "https://stranger.test", Instant.now());
    byte[] sealed =
        sealer.seal(
            TestPdfs.onePage(),
            stranger.seal(),
            SealOptions.invisible(SealLevel.B_B, "Stranger", Instant.now()),
            null);

    SignatureVerdict verdict = verifier.verify("s.pdf", sealed, null, null).signatures().get(0);

    assertEquals(Indication.INDETERMINATE, verdict.indication());
    assertEquals("NO_CERTIFICATE_CHAIN_FOUND", verdict.subIndication());
    assertFalse(verdict.test());
  }

  @Test
  void anArchivalSealReportsItsDocumentTimestamp() {
    byte[] sealed = seal(TestPdfs.onePage(), options(SealLevel.B_LTA));

    VerificationReport report = verifier.verify("lta.pdf", sealed, null, null);

    SignatureVerdict verdict = report.signatures().get(0);
    assertEquals(Indication.TOTAL_PASSED, verdict.indication(), verdict.errors()::toString);
    assertEquals("PAdES-BASELINE-LTA", verdict.level());
    assertFalse(verdict.coversWholeDocument(), "validation data and a timestamp follow it");
    assertFalse(verdict.changedAfter());
    assertEquals(1, report.documentTimestamps().size());
    assertEquals(Indication.TOTAL_PASSED, report.documentTimestamps().get(0).indication());
    assertEquals(
        "Paraph Demo Timestamp Authority (TEST)", report.documentTimestamps().get(0).producedBy());
  }

  @Test
  void anUnsignedPdfHasNoSignatures() {
    VerificationReport report = verifier.verify("plain.pdf", TestPdfs.onePage(), null, null);

    assertEquals(List.of(), report.signatures());
    assertFalse(report.allValid());
  }

  @Test
  void somethingElseThanAPdfOrACmsSignatureIsRefused() {
    byte[] text = "Just some text, not signed".getBytes(StandardCharsets.UTF_8);

    UnverifiableDocumentException refusal =
        assertThrows(
            UnverifiableDocumentException.class,
            () -> verifier.verify("notes.txt", text, null, null));

    assertEquals("not-a-pdf", refusal.problemType());
  }

  @Test
  void aDetachedCmsSignatureIsCheckedAgainstItsOriginal() throws Exception {
    byte[] original = "The original document".getBytes(StandardCharsets.UTF_8);
    byte[] p7s = detachedCades(original);

    SignatureVerdict verdict = verifier.verify("doc.p7s", p7s, original, null).signatures().get(0);
    assertEquals(Indication.TOTAL_PASSED, verdict.indication(), verdict.errors()::toString);
    assertEquals("CAdES-BASELINE-B", verdict.level());
    assertEquals(SEAL_NAME, verdict.signerName());
    assertTrue(verdict.test());

    byte[] other = "Another document".getBytes(StandardCharsets.UTF_8);
    assertEquals(
        Indication.TOTAL_FAILED,
        verifier.verify("doc.p7s", p7s, other, null).signatures().get(0).indication());

    UnverifiableDocumentException refusal =
        assertThrows(
            UnverifiableDocumentException.class, () -> verifier.verify("doc.p7s", p7s, null, null));
    assertEquals("detached-content-required", refusal.problemType());
  }

  @Test
  void anEncryptedPdfNeedsItsPassword() {
    byte[] pdf = TestPdfs.encrypted("open sesame");

    UnverifiableDocumentException refusal =
        assertThrows(
            UnverifiableDocumentException.class, () -> verifier.verify("e.pdf", pdf, null, null));
    assertEquals("encrypted-pdf", refusal.problemType());

    assertEquals(List.of(), verifier.verify("e.pdf", pdf, null, "open sesame").signatures());
  }

  @Test
  void theEtsiValidationReportIsXmlOfTheEtsiSchema() throws Exception {
    byte[] sealed = seal(TestPdfs.onePage(), options(SealLevel.B_B));

    String xml = verifier.etsiValidationReport("sealed.pdf", sealed, null, null);

    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Element root =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
            .getDocumentElement();
    assertEquals("ValidationReport", root.getLocalName());
    assertTrue(
        root.getNamespaceURI().startsWith("http://uri.etsi.org/19102/"), root.getNamespaceURI());
    assertTrue(xml.contains("urn:etsi:019102:mainindication:total-passed"), xml);
  }

  private static DssVerifier verifierTrusting(
      List<X509Certificate> anchors, List<X509Certificate> testAnchors) {
    return new DssVerifier(anchors, testAnchors, DssVerifierTest::crlAt, Clock.systemUTC());
  }

  private static Optional<byte[]> crlAt(String url) {
    return url.equals(pki.crlUrl()) ? Optional.of(crl) : Optional.empty();
  }

  private static X509Certificate root() {
    return pki.root().signingCertificate();
  }

  private static byte[] seal(byte[] pdf, SealOptions options) {
    return sealer.seal(pdf, pki.seal(), options, tsp);
  }

  private static SealOptions options(SealLevel level) {
    return SealOptions.invisible(level, ORGANISATION, Instant.now());
  }

  private static byte[] detachedCades(byte[] original) throws GeneralSecurityException {
    CAdESSignatureParameters parameters = new CAdESSignatureParameters();
    parameters.setSignatureLevel(SignatureLevel.CAdES_BASELINE_B);
    parameters.setSignaturePackaging(SignaturePackaging.DETACHED);
    parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
    parameters.setSigningCertificate(new CertificateToken(pki.seal().signingCertificate()));
    parameters.setCertificateChain(pki.seal().chain().stream().map(CertificateToken::new).toList());
    parameters.bLevel().setSigningDate(new Date());
    CAdESService service = new CAdESService(new CommonCertificateVerifier());
    DSSDocument document = new InMemoryDocument(original, "original.txt");
    ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
    Signature signature = Signature.getInstance(parameters.getSignatureAlgorithm().getJCEId());
    signature.initSign(pki.seal().privateKey());
    signature.update(toBeSigned.getBytes());
    SignatureValue value = new SignatureValue(parameters.getSignatureAlgorithm(), signature.sign());
    return DSSUtils.toByteArray(service.signDocument(document, parameters, value));
  }

  /** An incremental update that draws a black box on page 1, as a forger would. */
  private static byte[] withBlackBoxAppended(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDPage page = document.getPage(0);
      try (PDPageContentStream content =
          new PDPageContentStream(document, page, AppendMode.APPEND, true)) {
        content.addRect(100, 400, 300, 100);
        content.fill();
      }
      page.getCOSObject().setNeedToBeUpdated(true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.saveIncremental(out, Set.of(page.getCOSObject()));
      return out.toByteArray();
    }
  }

  private static int indexOf(byte[] data, String text) {
    byte[] needle = text.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i <= data.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (data[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("'" + text + "' not found");
  }
}
