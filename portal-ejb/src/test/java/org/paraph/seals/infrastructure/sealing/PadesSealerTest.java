package org.paraph.seals.infrastructure.sealing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.CertificationPermission;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import eu.europa.esig.dss.validation.reports.Reports;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.paraph.documents.domain.InvalidDocumentException;
import org.paraph.documents.infrastructure.PdfInspector;
import org.paraph.seals.domain.InvalidCredentialException;
import org.paraph.seals.domain.InvalidPlacementException;
import org.paraph.seals.domain.InvalidSealOptionException;
import org.paraph.seals.domain.Placement;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.SealingFailedException;
import org.paraph.testsupport.AnnotationAppearances;
import org.paraph.testsupport.DssTestValidation;
import org.paraph.testsupport.SignatureWidgets;
import org.paraph.testsupport.TestPdfs;
import org.paraph.trust.infrastructure.DemoCrlIssuer;
import org.paraph.trust.infrastructure.DemoPki;
import org.paraph.trust.infrastructure.DemoPkiGenerator;
import org.paraph.trust.infrastructure.DemoTimestampAuthority;
import org.paraph.trust.infrastructure.DemoTspSource;

class PadesSealerTest {

  private static final String ORGANISATION = "Acme Records, Ltd.";

  private static DemoPki pki;
  private static DssTestValidation validation;
  private static DemoTspSource tsp;

  private final PadesSealer sealer = new PadesSealer(new PdfInspector());

  @BeforeAll
  static void generateDemoPki() {
    Instant now = Instant.now();
    pki = new DemoPkiGenerator().generate(ORGANISATION, "https://paraph.test", now);
    byte[] crl = new DemoCrlIssuer().issue(pki.root(), now);
    validation =
        DssTestValidation.trusting(pki.root().signingCertificate()).withCrl(pki.crlUrl(), crl);
    DemoTimestampAuthority authority =
        new DemoTimestampAuthority(pki.timestampAuthority(), Clock.systemUTC());
    tsp = new DemoTspSource(authority, pki.timestampAuthority().chain());
  }

  @Test
  void visibleBasicSealValidatesAndKeepsTheOriginalAsPrefix() {
    byte[] pdf = TestPdfs.onePage();
    Placement placement = new Placement(1, 72, 600, 200, 60);

    byte[] sealed = seal(pdf, options(SealLevel.B_B).withPlacement(placement), null);

    assertPrefix(pdf, sealed);
    assertSignatureCoversWholeFile(sealed);
    Reports reports = validation.validate(sealed);
    assertEquals(
        List.of(Indication.TOTAL_PASSED),
        DssTestValidation.signatureIndications(reports),
        DssTestValidation.explain(reports));
    SimpleReport report = reports.getSimpleReport();
    assertEquals(
        SignatureLevel.PAdES_BASELINE_B, report.getSignatureFormat(report.getFirstSignatureId()));
    assertEquals(List.of(placement), SignatureWidgets.displayedBoxes(sealed));
  }

  @Test
  void invisibleTimestampedSealValidatesWithASignatureTimestamp() {
    byte[] pdf = TestPdfs.onePage();

    byte[] sealed = seal(pdf, options(SealLevel.B_T), tsp);

    assertPrefix(pdf, sealed);
    assertSignatureCoversWholeFile(sealed);
    Reports reports = validation.validate(sealed);
    assertEquals(
        List.of(Indication.TOTAL_PASSED),
        DssTestValidation.signatureIndications(reports),
        DssTestValidation.explain(reports));
    SimpleReport report = reports.getSimpleReport();
    String signature = report.getFirstSignatureId();
    assertEquals(SignatureLevel.PAdES_BASELINE_T, report.getSignatureFormat(signature));
    assertEquals(1, report.getSignatureTimestamps(signature).size());
    assertEquals(List.of(), SignatureWidgets.displayedBoxes(sealed));
  }

  @Test
  void timestampFromATsaOfUnknownChainStillFits() {
    TSPSource foreign = (algorithm, digest) -> tsp.getTimeStampResponse(algorithm, digest);

    byte[] sealed = seal(TestPdfs.onePage(), options(SealLevel.B_T), foreign);

    assertEquals(
        List.of(Indication.TOTAL_PASSED),
        DssTestValidation.signatureIndications(validation.validate(sealed)));
  }

  @Test
  void twoSealsInARowBothStayValid() {
    byte[] pdf = TestPdfs.onePage();
    byte[] once =
        seal(pdf, options(SealLevel.B_T).withPlacement(new Placement(1, 40, 40, 200, 60)), tsp);
    byte[] twice =
        seal(once, options(SealLevel.B_B).withPlacement(new Placement(1, 300, 40, 200, 60)), null);

    assertPrefix(once, twice);
    Reports reports = validation.validate(twice);
    assertEquals(
        List.of(Indication.TOTAL_PASSED, Indication.TOTAL_PASSED),
        DssTestValidation.signatureIndications(reports),
        DssTestValidation.explain(reports));
    assertTrue(new PdfInspector().inspect(twice).signed());
  }

  @Test
  void aByteChangedInsideTheSignedRangeFailsValidation() {
    byte[] pdf = TestPdfs.onePage();
    byte[] sealed = seal(pdf, options(SealLevel.B_B), null);
    int insideFirstStream = indexOf(sealed, "stream") + 20;
    assertTrue(insideFirstStream < pdf.length, "the changed byte must be in the original part");

    byte[] tampered = sealed.clone();
    tampered[insideFirstStream] ^= 0x01;

    Reports reports = validation.validate(tampered);
    assertEquals(
        List.of(Indication.TOTAL_FAILED),
        DssTestValidation.signatureIndications(reports),
        DssTestValidation.explain(reports));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 90, 180, 270})
  void widgetLandsWhereAskedOnRotatedPages(int rotation) {
    byte[] pdf = TestPdfs.rotated(rotation);
    Placement placement = new Placement(1, 50, 100, 180, 50);

    byte[] sealed = seal(pdf, options(SealLevel.B_B).withPlacement(placement), null);

    assertEquals(List.of(placement), SignatureWidgets.displayedBoxes(sealed));
    assertEquals(
        List.of(Indication.TOTAL_PASSED),
        DssTestValidation.signatureIndications(validation.validate(sealed)));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 90})
  void widgetIsMeasuredFromTheVisibleAreaOfACroppedPage(int rotation) {
    byte[] pdf = TestPdfs.cropped(new PDRectangle(100, 150, 400, 500), rotation);
    Placement placement = new Placement(1, 20, 30, 150, 45);

    byte[] sealed = seal(pdf, options(SealLevel.B_B).withPlacement(placement), null);

    assertEquals(List.of(placement), SignatureWidgets.displayedBoxes(sealed));
  }

  @Test
  void testSealShowsItsWarningInOrangeAndAProductionSealDoesNot() throws IOException {
    Placement placement = new Placement(1, 72, 72, 220, 70);
    byte[] test =
        seal(TestPdfs.onePage(), options(SealLevel.B_B).withPlacement(placement).asTest(), null);
    byte[] production =
        seal(TestPdfs.onePage(), options(SealLevel.B_B).withPlacement(placement), null);

    assertTrue(orangePixels(test, placement) > 20, "the TEST line should be drawn in orange");
    assertEquals(0, orangePixels(production, placement));
  }

  @Test
  void signatureDictionaryNamesTheOrganisationReasonLocationContactAndTime() throws IOException {
    Instant signingTime = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    SealOptions options =
        new SealOptions(
            SealLevel.B_B,
            null,
            null,
            ORGANISATION,
            "Certified copy",
            "Brussels",
            "seals@acme.test",
            false,
            signingTime);

    byte[] sealed = seal(TestPdfs.onePage(), options, null);

    try (PDDocument document = Loader.loadPDF(sealed)) {
      PDSignature signature = document.getLastSignatureDictionary();
      assertEquals(ORGANISATION, signature.getName());
      assertEquals("Certified copy", signature.getReason());
      assertEquals("Brussels", signature.getLocation());
      assertEquals("seals@acme.test", signature.getContactInfo());
      assertEquals(signingTime, signature.getSignDate().toInstant());
    }
  }

  @Test
  void aSmallDocumentStaysSmall() {
    byte[] pdf = TestPdfs.onePage();
    byte[] sealed =
        seal(
            pdf,
            options(SealLevel.B_T).withPlacement(new Placement(1, 72, 72, 200, 60)).asTest(),
            tsp);

    // An embedded font alone would add about 139 KB; the reservation for the signature is ~20 KB.
    assertTrue(
        sealed.length - pdf.length < 32_000, "grew by " + (sealed.length - pdf.length) + " bytes");
  }

  @Test
  void greekAndCyrillicAreDrawnWithTheirOwnGlyphsInAnEmbeddedSubset() {
    byte[] pdf = TestPdfs.onePage();
    SealOptions options =
        SealOptions.invisible(SealLevel.B_B, "Ελληνική Εταιρεία Α.Ε.", Instant.now())
            .withReasonAndLocation("Подписано", "Αθήνα")
            .withPlacement(new Placement(1, 72, 600, 200, 60));

    byte[] sealed = seal(pdf, options, null);

    Reports reports = validation.validate(sealed);
    assertEquals(
        List.of(Indication.TOTAL_PASSED),
        DssTestValidation.signatureIndications(reports),
        DssTestValidation.explain(reports));
    String text = AnnotationAppearances.text(sealed);
    assertTrue(text.contains("Ελληνική Εταιρεία Α.Ε."), text);
    assertTrue(text.contains("Подписано"), text);
    assertTrue(text.contains("Αθήνα"), text);
    List<String> fonts = AnnotationAppearances.fontNames(sealed);
    assertFalse(fonts.isEmpty());
    for (String font : fonts) {
      assertTrue(font.matches("[A-Z]{6}\\+LiberationSans.*"), "not an embedded subset: " + font);
    }
    // The whole Liberation Sans would add 400 KB per weight; the subsets take a few KB each.
    assertTrue(
        sealed.length - pdf.length < 40_000, "grew by " + (sealed.length - pdf.length) + " bytes");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Łódź Sp. z o.o.", "Őrség Kft.", "Constanța S.A."})
  void latinLettersOutsideWindows1252KeepTheirAccents(String organisation) {
    SealOptions options =
        SealOptions.invisible(SealLevel.B_B, organisation, Instant.now())
            .withPlacement(new Placement(1, 72, 600, 200, 60));

    byte[] sealed = seal(TestPdfs.onePage(), options, null);

    String text = AnnotationAppearances.text(sealed);
    assertTrue(text.contains(organisation), text);
  }

  @Test
  void textThatHelveticaHoldsStaysInTheStandardFontAndEmbedsNothing() {
    byte[] pdf = TestPdfs.onePage();
    SealOptions options =
        SealOptions.invisible(SealLevel.B_B, "Société Générale", Instant.now())
            .withReasonAndLocation("Certified copy", "Zürich")
            .withPlacement(new Placement(1, 72, 600, 200, 60));

    byte[] sealed = seal(pdf, options, null);

    String text = AnnotationAppearances.text(sealed);
    assertTrue(text.contains("Société Générale"), text);
    assertTrue(text.contains("Zürich"), text);
    for (String font : AnnotationAppearances.fontNames(sealed)) {
      assertTrue(font.startsWith("Helvetica"), "expected a standard font: " + font);
    }
    assertTrue(
        sealed.length - pdf.length < 25_000, "grew by " + (sealed.length - pdf.length) + " bytes");
  }

  @Test
  void lettersNoFontHasShowAsQuestionMarksInsteadOfVanishing() {
    // Ethiopic: neither Liberation Sans nor the CJK fallback font has it.
    SealOptions options =
        SealOptions.invisible(SealLevel.B_B, "ኢትዮጵያ Ελλάς", Instant.now())
            .withPlacement(new Placement(1, 72, 600, 200, 60));

    byte[] sealed = seal(TestPdfs.onePage(), options, null);

    Reports reports = validation.validate(sealed);
    assertEquals(List.of(Indication.TOTAL_PASSED), DssTestValidation.signatureIndications(reports));
    String text = AnnotationAppearances.text(sealed);
    assertTrue(text.contains("????? Ελλάς"), text);
  }

  @Test
  void placementOffThePageIsRefusedNamingThePageSize() {
    Placement tooFarRight = new Placement(1, 500, 100, 200, 60);

    InvalidPlacementException refusal =
        assertThrows(
            InvalidPlacementException.class,
            () ->
                seal(TestPdfs.onePage(), options(SealLevel.B_B).withPlacement(tooFarRight), null));

    assertEquals("placement-off-page", refusal.problemType());
    assertTrue(refusal.getMessage().contains("595.3 x 841.9"), refusal.getMessage());
  }

  @Test
  void placementOnAPageBeyondTheDocumentIsRefused() {
    Placement secondPage = new Placement(2, 72, 72, 200, 60);

    InvalidPlacementException refusal =
        assertThrows(
            InvalidPlacementException.class,
            () -> seal(TestPdfs.onePage(), options(SealLevel.B_B).withPlacement(secondPage), null));

    assertEquals("placement-off-page", refusal.problemType());
  }

  @Test
  void placementOverAnExistingAnnotationIsRefused() {
    // A link in PDF coordinates: x 100-300, y 700-750, i.e. 92 to 142 points from the top.
    byte[] pdf = TestPdfs.withLinkAnnotation(new PDRectangle(100, 700, 200, 50));
    Placement overLink = new Placement(1, 150, 100, 200, 60);

    InvalidPlacementException refusal =
        assertThrows(
            InvalidPlacementException.class,
            () -> seal(pdf, options(SealLevel.B_B).withPlacement(overLink), null));

    assertEquals("placement-overlaps-annotation", refusal.problemType());
  }

  @Test
  void boxTooSmallForItsTextIsRefused() {
    Placement stamp = new Placement(1, 72, 72, 40, 12);

    InvalidPlacementException refusal =
        assertThrows(
            InvalidPlacementException.class,
            () -> seal(TestPdfs.onePage(), options(SealLevel.B_B).withPlacement(stamp), null));

    assertEquals("placement-too-small", refusal.problemType());
  }

  @Test
  void timestampAuthorityFailureIsReportedAsSuch() {
    TSPSource down =
        (algorithm, digest) -> {
          throw new DSSException("connection refused");
        };

    SealingFailedException failure =
        assertThrows(
            SealingFailedException.class,
            () -> seal(TestPdfs.onePage(), options(SealLevel.B_T), down));

    assertEquals("timestamp-unavailable", failure.problemType());
    assertTrue(failure.getMessage().contains("connection refused"), failure.getMessage());
  }

  @Test
  void timestampForOtherDataIsReportedAsATimestampFailure() {
    TSPSource confused =
        (algorithm, digest) -> tsp.getTimeStampResponse(algorithm, new byte[digest.length]);

    SealingFailedException failure =
        assertThrows(
            SealingFailedException.class,
            () -> seal(TestPdfs.onePage(), options(SealLevel.B_T), confused));

    assertEquals("timestamp-unavailable", failure.problemType());
  }

  @Test
  void documentCertifiedWithoutFurtherChangesIsRefused() {
    byte[] certified = certifyWithNoChangesAllowed(TestPdfs.onePage());

    InvalidDocumentException refusal =
        assertThrows(
            InvalidDocumentException.class, () -> seal(certified, options(SealLevel.B_B), null));

    assertEquals("sealing-forbidden", refusal.problemType());
  }

  @ParameterizedTest
  @EnumSource(
      value = SealLevel.class,
      names = {"B_LT", "B_LTA"})
  void longTermLevelsAreNotYetSupported(SealLevel level) {
    InvalidSealOptionException refusal =
        assertThrows(
            InvalidSealOptionException.class, () -> seal(TestPdfs.onePage(), options(level), tsp));

    assertEquals("unsupported-level", refusal.problemType());
    assertTrue(refusal.getMessage().contains("not yet supported"), refusal.getMessage());
  }

  @Test
  void malformedDocumentIsRefusedAsUnreadable() {
    byte[] broken =
        "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\n%%EOF"
            .getBytes(StandardCharsets.US_ASCII);

    InvalidDocumentException refusal =
        assertThrows(
            InvalidDocumentException.class, () -> seal(broken, options(SealLevel.B_B), null));

    assertEquals("unreadable-pdf", refusal.problemType());
  }

  @Test
  void signingTimeOutsideTheCertificateValidityIsRefused() {
    SealOptions options =
        SealOptions.invisible(
            SealLevel.B_B, ORGANISATION, Instant.now().plus(3650, ChronoUnit.DAYS));

    InvalidCredentialException refusal =
        assertThrows(
            InvalidCredentialException.class, () -> seal(TestPdfs.onePage(), options, null));

    assertEquals("invalid-credential", refusal.problemType());
  }

  /** An author's certification signature (DocMDP, P=1), made with DSS directly. */
  private static byte[] certifyWithNoChangesAllowed(byte[] pdf) {
    PAdESSignatureParameters parameters = new PAdESSignatureParameters();
    parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
    parameters.setSigningCertificate(new CertificateToken(pki.seal().signingCertificate()));
    parameters.setPermission(CertificationPermission.NO_CHANGE_PERMITTED);
    PAdESService service = new PAdESService(new CommonCertificateVerifier());
    DSSDocument document = new InMemoryDocument(pdf);
    ToBeSigned dataToSign = service.getDataToSign(document, parameters);
    SignatureAlgorithm algorithm = parameters.getSignatureAlgorithm();
    try {
      Signature signer = Signature.getInstance(algorithm.getJCEId());
      signer.initSign(pki.seal().privateKey());
      signer.update(dataToSign.getBytes());
      SignatureValue value = new SignatureValue(algorithm, signer.sign());
      return DSSUtils.toByteArray(service.signDocument(document, parameters, value));
    } catch (GeneralSecurityException e) {
      throw new AssertionError("the demo seal key cannot sign", e);
    }
  }

  private byte[] seal(byte[] pdf, SealOptions options, TSPSource tspSource) {
    return sealer.seal(pdf, pki.seal(), options, tspSource);
  }

  private static SealOptions options(SealLevel level) {
    return SealOptions.invisible(level, ORGANISATION, Instant.now())
        .withReasonAndLocation("Issued by Acme", "Ghent");
  }

  private static void assertPrefix(byte[] original, byte[] sealed) {
    assertTrue(sealed.length > original.length);
    assertArrayEquals(original, Arrays.copyOf(sealed, original.length));
  }

  private static void assertSignatureCoversWholeFile(byte[] sealed) {
    try (PDDocument document = Loader.loadPDF(sealed)) {
      int[] byteRange = document.getLastSignatureDictionary().getByteRange();
      assertEquals(0, byteRange[0]);
      assertEquals(sealed.length, byteRange[2] + byteRange[3]);
    } catch (IOException e) {
      throw new AssertionError("the sealed PDF cannot be read back", e);
    }
  }

  private static long orangePixels(byte[] pdf, Placement box) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(box.page() - 1, 144);
      float scale = 2f;
      long count = 0;
      for (int y = (int) (box.y() * scale); y < (box.y() + box.height()) * scale; y++) {
        for (int x = (int) (box.x() * scale); x < (box.x() + box.width()) * scale; x++) {
          int rgb = image.getRGB(x, y);
          int red = (rgb >> 16) & 0xFF;
          int green = (rgb >> 8) & 0xFF;
          int blue = rgb & 0xFF;
          if (red > 180 && green > 60 && green < 160 && blue < 80) {
            count++;
          }
        }
      }
      return count;
    }
  }

  private static int indexOf(byte[] haystack, String needle) {
    byte[] bytes = needle.getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i <= haystack.length - bytes.length; i++) {
      for (int j = 0; j < bytes.length; j++) {
        if (haystack[i + j] != bytes[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("no '" + needle + "' in the document");
  }
}
