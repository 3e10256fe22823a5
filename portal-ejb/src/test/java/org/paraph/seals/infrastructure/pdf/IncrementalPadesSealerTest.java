package org.paraph.seals.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.validation.reports.Reports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.paraph.seals.domain.AnnotationStyle;
import org.paraph.seals.domain.Placement;
import org.paraph.seals.domain.SealAnnotationText;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealLogo;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.infrastructure.annotation.ArchivalClaim;
import org.paraph.seals.infrastructure.annotation.SealAnnotationLayout;
import org.paraph.seals.infrastructure.cms.ContentsSizeEstimator;
import org.paraph.seals.infrastructure.cms.PadesCmsSigner;
import org.paraph.seals.infrastructure.sealing.PadesSealer;
import org.paraph.seals.infrastructure.sealing.PdfaSealingTest;
import org.paraph.seals.infrastructure.sealing.SealParameters;
import org.paraph.testsupport.Corpus;
import org.paraph.testsupport.DssTestValidation;
import org.paraph.testsupport.PdfaFiles;
import org.paraph.testsupport.SignatureWidgets;
import org.paraph.testsupport.TestPdfs;
import org.paraph.testsupport.VeraPdf;
import org.paraph.trust.infrastructure.DemoCrlIssuer;
import org.paraph.trust.infrastructure.DemoPki;
import org.paraph.trust.infrastructure.DemoPkiGenerator;
import org.paraph.trust.infrastructure.DemoTimestampAuthority;
import org.paraph.trust.infrastructure.DemoTspSource;

/**
 * The incremental fast path on its own, not through {@link PadesSealer} (which would fall back to
 * DSS and hide a path that declines): what it writes must validate with DSS and with pdfsig, keep
 * the original as a prefix, follow the original's cross-reference style, and keep earlier
 * signatures valid; what it cannot do it must decline, not botch.
 */
class IncrementalPadesSealerTest {

  private static final String ORGANISATION = "Fast Path Test";
  private static final Path PDFSIG = Path.of("/usr/bin/pdfsig");
  private static final Path CERTUTIL = Path.of("/usr/bin/certutil");

  private static DemoPki pki;
  private static DssTestValidation validation;
  private static DemoTspSource tsp;
  private static PadesCmsSigner signer;

  @TempDir static Path workDirectory;

  private final IncrementalPadesSealer sealer = new IncrementalPadesSealer();

  @BeforeAll
  static void setUp() throws Exception {
    Instant now = Instant.now();
    pki = new DemoPkiGenerator().generate(ORGANISATION, "https://paraph.test", now);
    validation =
        DssTestValidation.trusting(pki.root().signingCertificate())
            .withCrl(pki.crlUrl(), new DemoCrlIssuer().issue(pki.root(), now));
    tsp =
        new DemoTspSource(
            new DemoTimestampAuthority(pki.timestampAuthority(), Clock.systemUTC()),
            pki.timestampAuthority().chain());
    signer = PadesCmsSigner.forKey(pki.seal()).orElseThrow();
    Assertions.assertTrue(
        Files.isExecutable(PDFSIG) && Files.isExecutable(CERTUTIL),
        "pdfsig/certutil missing: the test command installs poppler-utils and libnss3-tools");
    Path nss = Files.createDirectories(workDirectory.resolve("nss"));
    Path root = workDirectory.resolve("root.pem");
    Files.writeString(root, pem(), StandardCharsets.US_ASCII);
    run(CERTUTIL.toString(), "-N", "-d", "sql:" + nss, "--empty-password");
    run(
        CERTUTIL.toString(),
        "-A",
        "-d",
        "sql:" + nss,
        "-n",
        "root",
        "-t",
        "CT,C,C",
        "-i",
        root.toString());
  }

  @Test
  void invisibleSealAfterACrossReferenceStreamValidatesEverywhere() throws Exception {
    byte[] pdf = TestPdfs.onePage();

    byte[] sealed = sealInvisible(pdf, SealLevel.B_B).orElseThrow();

    assertPrefix(pdf, sealed);
    assertPassed(sealed, 1);
    assertPdfsigValidAndTotal(sealed);
    String update = update(pdf, sealed);
    assertTrue(update.contains("/Type/XRef"), "an update in the original's style: a stream");
    assertFalse(update.contains("\nxref\n"), update);
  }

  @Test
  void invisibleSealAfterACrossReferenceTableWritesATable() throws Exception {
    byte[] pdf = classicPdf();

    byte[] sealed = sealInvisible(pdf, SealLevel.B_B).orElseThrow();

    assertPrefix(pdf, sealed);
    assertPassed(sealed, 1);
    assertPdfsigValidAndTotal(sealed);
    String update = update(pdf, sealed);
    assertTrue(update.contains("\nxref\n") && update.contains("trailer"), update);
    assertFalse(update.contains("/Type/XRef"), update);
  }

  @Test
  void timestampedSealCarriesASignatureTimestamp() throws Exception {
    byte[] sealed = sealInvisible(TestPdfs.onePage(), SealLevel.B_T).orElseThrow();

    Reports reports = assertPassed(sealed, 1);
    SimpleReport report = reports.getSimpleReport();
    String signature = report.getFirstSignatureId();
    assertEquals(SignatureLevel.PAdES_BASELINE_T, report.getSignatureFormat(signature));
    assertEquals(1, report.getSignatureTimestamps(signature).size());
    assertPdfsigValidAndTotal(sealed);
  }

  @Test
  void twoSealsInARowBothValidateAndTheSecondGetsItsOwnField() throws Exception {
    byte[] pdf = classicPdf();
    byte[] once = sealInvisible(pdf, SealLevel.B_T).orElseThrow();
    byte[] twice = sealInvisible(once, SealLevel.B_B).orElseThrow();

    assertPrefix(once, twice);
    assertPassed(twice, 2);
    try (PDDocument document = Loader.loadPDF(twice)) {
      List<String> names = new ArrayList<>();
      document
          .getDocumentCatalog()
          .getAcroForm()
          .getFieldTree()
          .forEach(field -> names.add(field.getFullyQualifiedName()));
      assertEquals(List.of("Signature1", "Signature2"), names);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 90, 270})
  void visibleSealLandsWhereAskedAndValidates(int rotation) throws Exception {
    byte[] pdf = TestPdfs.rotated(rotation);
    Placement placement = new Placement(1, 60, 120, 200, 60);
    SealOptions options = options(SealLevel.B_B).withPlacement(placement).asTest();

    byte[] sealed = sealVisible(pdf, options).orElseThrow();

    assertPrefix(pdf, sealed);
    assertEquals(List.of(placement), SignatureWidgets.displayedBoxes(sealed));
    assertPassed(sealed, 1);
    assertPdfsigValidAndTotal(sealed);
  }

  /**
   * An update that adds a signature field and its widget keeps a PDF/A file PDF/A, so the fast path
   * takes such files: invisible (read by the structure reader alone) and visible, on a page turned
   * a quarter, with a logo, the annotation drawn to the document's claim.
   */
  @ParameterizedTest
  @EnumSource(PdfaFiles.Flavour.class)
  void pdfaFilesAreSealedHereAndStayPdfa(PdfaFiles.Flavour flavour) throws Exception {
    byte[] pdf = PdfaFiles.build(flavour, 90);
    SealOptions visibleOptions =
        options(SealLevel.B_T)
            .withPlacement(new Placement(1, 60, 120, 240, 80))
            .withAnnotation(
                new AnnotationStyle(
                    true,
                    "Zoë Łukasiewicz",
                    true,
                    AnnotationStyle.DEFAULT_ZONE,
                    true,
                    true,
                    SealLogo.read(PdfaSealingTest.translucentLogo())));

    byte[] invisible = sealInvisible(pdf, SealLevel.B_T).orElseThrow();
    byte[] visible = sealVisible(pdf, visibleOptions, tsp).orElseThrow();

    for (byte[] sealed : List.of(invisible, visible)) {
      assertPrefix(pdf, sealed);
      assertPassed(sealed, 1);
      assertPdfsigValidAndTotal(sealed);
      VeraPdf.Verdict verdict = VeraPdf.validate(sealed, flavour.id());
      assertTrue(verdict.compliant(), verdict::toString);
    }
    assertEquals(List.of(visibleOptions.placement()), SignatureWidgets.displayedBoxes(visible));
  }

  @Test
  void aByteChangedAfterSealingFailsValidation() {
    byte[] pdf = TestPdfs.onePage();
    byte[] sealed = sealInvisible(pdf, SealLevel.B_B).orElseThrow();
    sealed[pdf.length / 2] ^= 0x01;

    Reports reports = validation.validate(sealed);
    assertEquals(
        List.of(Indication.TOTAL_FAILED),
        DssTestValidation.signatureIndications(reports),
        DssTestValidation.explain(reports));
  }

  @Test
  void declinesWhatItLeavesToDss() {
    assertTrue(sealInvisible(TestPdfs.encrypted(""), SealLevel.B_B).isEmpty(), "encrypted");
    assertTrue(sealInvisible(TestPdfs.onePage(), SealLevel.B_LT).isEmpty(), "B-LT");
    byte[] broken = TestPdfs.onePage();
    // startxref no longer points at the cross-references: a file PDFBox would have to repair.
    String text = new String(broken, StandardCharsets.ISO_8859_1);
    int startxref = text.lastIndexOf("startxref");
    broken[startxref + 10] = (byte) (broken[startxref + 10] == '1' ? '2' : '1');
    assertTrue(sealInvisible(broken, SealLevel.B_B).isEmpty(), "damaged cross-references");
  }

  /**
   * Each corpus file the fast path takes must come out right; the ones it declines go to DSS
   * ({@link org.paraph.seals.infrastructure.sealing.PadesSealerCorpusTest} covers the whole way).
   */
  @TestFactory
  List<DynamicTest> everyCorpusFileTheFastPathTakesValidates() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path file : Corpus.pdfjs()) {
      tests.add(
          DynamicTest.dynamicTest(
              file.getFileName().toString(),
              () -> {
                byte[] pdf = Corpus.read(file);
                Optional<byte[]> sealed = sealInvisible(pdf, SealLevel.B_B);
                if (sealed.isEmpty()) {
                  return;
                }
                assertPrefix(pdf, sealed.get());
                List<Indication> expected =
                    new ArrayList<>(
                        DssTestValidation.signatureIndications(validation.validate(pdf)));
                expected.add(Indication.TOTAL_PASSED);
                Reports reports = validation.validate(sealed.get());
                assertEquals(
                    expected,
                    DssTestValidation.signatureIndications(reports),
                    () -> DssTestValidation.explain(reports));
              }));
    }
    return tests;
  }

  private Optional<byte[]> sealInvisible(byte[] pdf, SealLevel level) {
    try {
      return sealer.sealInvisible(
          pdf,
          signer,
          options(level),
          ContentsSizeEstimator.forSignature(
              pki.seal().chain(), pki.timestampAuthority().chain(), level != SealLevel.B_B),
          level == SealLevel.B_B ? null : tsp);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private Optional<byte[]> sealVisible(byte[] pdf, SealOptions options) throws IOException {
    return sealVisible(pdf, options, null);
  }

  /** As {@link PadesSealer} lays the annotation out: to the document's archival claim. */
  private Optional<byte[]> sealVisible(byte[] pdf, SealOptions options, DemoTspSource timestamps)
      throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      SealAnnotationLayout layout =
          SealAnnotationLayout.fit(
              SealAnnotationText.of(options),
              options.placement(),
              options.annotation().logo(),
              ArchivalClaim.of(document));
      var parameters = SealParameters.of(pki.seal(), options, layout, timestamps);
      return sealer.seal(
          pdf,
          document,
          signer,
          options,
          layout,
          parameters.getImageParameters(),
          parameters.getContentSize(),
          timestamps);
    }
  }

  private static SealOptions options(SealLevel level) {
    return SealOptions.invisible(level, ORGANISATION, Instant.now())
        .withReasonAndLocation("Fast path", "Gent");
  }

  private static Reports assertPassed(byte[] sealed, int signatures) {
    Reports reports = validation.validate(sealed);
    List<Indication> expected = new ArrayList<>();
    for (int i = 0; i < signatures; i++) {
      expected.add(Indication.TOTAL_PASSED);
    }
    assertEquals(
        expected,
        DssTestValidation.signatureIndications(reports),
        DssTestValidation.explain(reports));
    return reports;
  }

  private static void assertPrefix(byte[] original, byte[] sealed) {
    assertTrue(sealed.length > original.length);
    assertArrayEquals(original, Arrays.copyOf(sealed, original.length));
  }

  private static String update(byte[] original, byte[] sealed) {
    return new String(
        sealed, original.length, sealed.length - original.length, StandardCharsets.ISO_8859_1);
  }

  /** A one-page PDF with a classic cross-reference table, as many producers still write. */
  private static byte[] classicPdf() throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 720);
        content.showText("A classic cross-reference table");
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out, CompressParameters.NO_COMPRESSION);
      return out.toByteArray();
    }
  }

  private static void assertPdfsigValidAndTotal(byte[] pdf) throws Exception {
    Path file = Files.createTempFile(workDirectory, "sealed", ".pdf");
    Files.write(file, pdf);
    String report =
        run(PDFSIG.toString(), "-nssdir", "sql:" + workDirectory.resolve("nss"), file.toString());
    assertTrue(report.contains("Signature is Valid."), report);
    assertTrue(report.contains("Certificate is Trusted."), report);
    assertTrue(report.contains("Total document signed"), report);
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "timed out: " + String.join(" ", command));
    assertEquals(0, process.exitValue(), new String(output, StandardCharsets.UTF_8));
    return new String(output, StandardCharsets.UTF_8);
  }

  private static String pem() throws CertificateEncodingException {
    return "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'})
            .encodeToString(pki.root().signingCertificate().getEncoded())
        + "\n-----END CERTIFICATE-----\n";
  }
}
