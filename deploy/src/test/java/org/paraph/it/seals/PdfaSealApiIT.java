package org.paraph.it.seals;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.paraph.it.support.IndependentChecks;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.SharedServer;
import org.paraph.testsupport.PdfaFiles;
import org.paraph.testsupport.VeraPdf;

/**
 * An archive posts a PDF/A file to the API and gets it back sealed, with the organisation's visible
 * annotation (the demo seal's: its name and the orange test warning): veraPDF still calls it PDF/A
 * of the same flavour, and pdfsig calls the seal valid.
 */
@ExtendWith(SharedServer.class)
class PdfaSealApiIT {

  private static IndependentChecks checks;

  @BeforeAll
  static void trustThePortalsAnchors(ParaphServer server) throws Exception {
    HttpResponse<String> anchors = PortalClient.anonymousGet(server, "/api/v1/trust/anchors");
    assertEquals(200, anchors.statusCode(), anchors.body());
    Path work = Files.createTempDirectory(server.dataDir().getParent(), "pdfa-checks-");
    checks = IndependentChecks.trusting(anchors.body(), work);
  }

  @ParameterizedTest(name = "PDF/A-{0} at {1}")
  @CsvSource({"PDF_A_1B, B-T", "PDF_A_2B, B-LT", "PDF_A_3B, B-LTA"})
  void aPdfaFileComesBackSealedAndStillPdfa(
      PdfaFiles.Flavour flavour, String level, ParaphServer server) throws Exception {
    byte[] original = PdfaFiles.build(flavour);

    HttpResponse<byte[]> response =
        PortalClient.asAdmin(server)
            .seal(
                original,
                Map.of(
                    "level", level,
                    "page", "1",
                    "x", "72",
                    "y", "120",
                    "width", "220",
                    "height", "70",
                    "reason", "Archived copy"));

    assertEquals(
        200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
    byte[] sealed = response.body();
    assertArrayEquals(original, Arrays.copyOf(sealed, original.length), "the original is a prefix");
    VeraPdf.Verdict verdict = VeraPdf.validate(sealed, flavour.id());
    assertTrue(verdict.compliant(), verdict::toString);
    String report = checks.pdfsig(sealed);
    assertTrue(report.contains("Signature is Valid."), report);
  }
}
