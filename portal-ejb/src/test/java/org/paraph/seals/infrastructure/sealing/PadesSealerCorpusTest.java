package org.paraph.seals.infrastructure.sealing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.validation.reports.Reports;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.paraph.documents.infrastructure.PdfInspector;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealOptions;
import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.testsupport.Corpus;
import org.paraph.testsupport.DssTestValidation;
import org.paraph.trust.infrastructure.DemoCrlIssuer;
import org.paraph.trust.infrastructure.DemoPki;
import org.paraph.trust.infrastructure.DemoPkiGenerator;
import org.paraph.trust.infrastructure.DemoTimestampAuthority;
import org.paraph.trust.infrastructure.DemoTspSource;

/**
 * Seals every file of the real-world corpus at B-T. Each is either sealed, and then its new seal
 * validates, the original is a prefix, and earlier signatures keep their verdict; or refused as
 * unprocessable with a portal exception. Nothing else.
 */
class PadesSealerCorpusTest {

  private static final Duration NO_HANG = Duration.ofSeconds(60);

  private static DemoPki pki;
  private static DssTestValidation validation;
  private static DemoTspSource tsp;

  private final PadesSealer sealer = new PadesSealer(new PdfInspector());

  @BeforeAll
  static void generateDemoPki() {
    Instant now = Instant.now();
    pki = new DemoPkiGenerator().generate("Corpus Sealing Test", "https://paraph.test", now);
    validation =
        DssTestValidation.trusting(pki.root().signingCertificate())
            .withCrl(pki.crlUrl(), new DemoCrlIssuer().issue(pki.root(), now));
    tsp =
        new DemoTspSource(
            new DemoTimestampAuthority(pki.timestampAuthority(), Clock.systemUTC()),
            pki.timestampAuthority().chain());
  }

  @TestFactory
  Stream<DynamicTest> everyCorpusFileIsSealedOrRefusedCleanly() {
    return Corpus.pdfjs().stream()
        .map(
            file ->
                DynamicTest.dynamicTest(
                    file.getFileName().toString(),
                    () -> assertTimeoutPreemptively(NO_HANG, () -> sealOrRefuse(file))));
  }

  private void sealOrRefuse(Path file) {
    byte[] pdf = Corpus.read(file);
    byte[] sealed;
    try {
      sealed =
          sealer.seal(
              pdf,
              pki.seal(),
              SealOptions.invisible(SealLevel.B_T, "Corpus Sealing Test", Instant.now()),
              tsp);
    } catch (PortalException e) {
      assertEquals(FailureKind.UNPROCESSABLE, e.kind(), e.problemType() + ": " + e.getMessage());
      return;
    }
    assertArrayEquals(pdf, Arrays.copyOf(sealed, pdf.length), "the original must be a prefix");
    List<Indication> before = DssTestValidation.signatureIndications(validation.validate(pdf));
    Reports reports = validation.validate(sealed);
    List<Indication> expected = new ArrayList<>(before);
    expected.add(Indication.TOTAL_PASSED);
    assertEquals(
        expected,
        DssTestValidation.signatureIndications(reports),
        () -> DssTestValidation.explain(reports));
  }
}
