package org.paraph.it.seals;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.paraph.it.support.IndependentChecks;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.SharedServer;
import org.paraph.it.support.TestPdfs;

/** Sealing over the API, with the result checked by pdfsig and openssl as a relying party would. */
@ExtendWith(SharedServer.class)
class SealApiIT {

  private static IndependentChecks checks;

  @BeforeAll
  static void trustThePortalsAnchors(ParaphServer server) throws Exception {
    HttpResponse<String> anchors = PortalClient.anonymousGet(server, "/api/v1/trust/anchors");
    assertEquals(200, anchors.statusCode());
    assertTrue(anchors.body().contains("-----BEGIN CERTIFICATE-----"), anchors.body());
    Path work = Files.createTempDirectory(server.dataDir().getParent(), "checks-");
    checks = IndependentChecks.trusting(anchors.body(), work);
  }

  @Test
  void aVisibleTimestampedSealVerifiesWithPdfsigAndOpenssl(ParaphServer server) throws Exception {
    byte[] original = TestPdfs.a4(1);

    HttpResponse<byte[]> response =
        PortalClient.asAdmin(server)
            .seal(
                original,
                Map.of(
                    "level",
                    "B-T",
                    "page",
                    "1",
                    "x",
                    "300",
                    "y",
                    "700",
                    "width",
                    "220",
                    "height",
                    "80",
                    "reason",
                    "Certified copy",
                    "location",
                    "Brussels"));

    assertEquals(200, response.statusCode(), () -> new String(response.body()));
    assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(response.headers().firstValue("Paraph-Seal-Id").isPresent());
    byte[] sealed = response.body();
    assertArrayEquals(
        original, Arrays.copyOf(sealed, original.length), "the original bytes are a prefix");

    String report = checks.pdfsig(sealed);
    assertTrue(report.contains("Signature is Valid."), report);
    assertTrue(report.contains("Certificate is Trusted."), report);
    assertTrue(report.contains("Total document signed"), report);

    IndependentChecks.Result openssl = checks.opensslVerifyLastSignature(sealed);
    assertEquals(0, openssl.exitCode(), openssl.output());
    assertTrue(openssl.output().contains("Verification successful"), openssl.output());

    assertWidgetAt(sealed, 1, 300, 700, 220, 80);
    try (PDDocument document = Loader.loadPDF(sealed)) {
      PDSignature signature = document.getLastSignatureDictionary();
      assertEquals("Certified copy", signature.getReason());
      assertEquals("Brussels", signature.getLocation());
    }
  }

  @Test
  void anInvisibleSealAnswersWithItsRecordWhenJsonIsAsked(ParaphServer server) throws Exception {
    PortalClient client = PortalClient.asAdmin(server);
    HttpResponse<byte[]> response =
        client.seal(TestPdfs.a4(2), "contract.pdf", Map.of("level", "B-B"), "application/json");

    assertEquals(200, response.statusCode(), () -> new String(response.body()));
    JsonObject record = PortalClient.json(response);
    assertEquals("B-B", record.getString("level"));
    assertEquals(false, record.getBoolean("visible"));
    assertEquals(ParaphServer.ADMIN, record.getString("sealedBy"));
    assertEquals("TEST", record.getString("mode"), "the demo seal is a test seal");
    assertEquals("demo", record.getString("seal"));
    String id = record.getString("id");
    assertEquals(id, response.headers().firstValue("Paraph-Seal-Id").orElseThrow());

    JsonObject fetched = PortalClient.json(client.get("/api/v1/seals/" + id, "application/json"));
    assertEquals(record.getString("documentSha256"), fetched.getString("documentSha256"));

    HttpResponse<byte[]> document =
        client.get(record.getJsonObject("links").getString("document"), null);
    assertEquals(200, document.statusCode());
    String report = checks.pdfsig(document.body());
    assertTrue(report.contains("Signature is Valid."), report);
    assertTrue(report.contains("Total document signed"), report);
    assertNotNull(fetched.getString("sealedAt"));
  }

  @Test
  void aSecondSealKeepsTheFirstOneValid(ParaphServer server) throws Exception {
    PortalClient client = PortalClient.asAdmin(server);
    byte[] once = client.seal(TestPdfs.a4(1), Map.of("level", "B-T")).body();
    HttpResponse<byte[]> twice =
        client.seal(
            once,
            Map.of(
                "level", "B-T", "page", "1", "x", "40", "y", "40", "width", "150", "height", "50"));

    assertEquals(200, twice.statusCode(), () -> new String(twice.body()));
    assertArrayEquals(once, Arrays.copyOf(twice.body(), once.length));
    String report = checks.pdfsig(twice.body());
    assertEquals(2, count(report, "Signature is Valid."), report);
    assertEquals(0, count(report, "Digest Mismatch"), report);
  }

  @Test
  void aChangeAfterSealingIsDetected(ParaphServer server) throws Exception {
    byte[] sealed =
        PortalClient.asAdmin(server).seal(TestPdfs.a4(1), Map.of("level", "B-B")).body();
    byte[] tampered = sealed.clone();
    // The header's version digit: inside the signed range, and the file still parses.
    int digit = indexOf(tampered, "%PDF-1.") + 7;
    tampered[digit] = (byte) (tampered[digit] == '7' ? '6' : '7');

    String report = checks.pdfsig(tampered);
    assertTrue(report.contains("Digest Mismatch"), report);
  }

  @Test
  void longTermLevelsEmbedValidationDataAndAnArchiveTimestamp(ParaphServer server)
      throws Exception {
    PortalClient client = PortalClient.asAdmin(server);
    byte[] longTerm = client.seal(TestPdfs.a4(1), Map.of("level", "B-LT")).body();
    byte[] archived = client.seal(TestPdfs.a4(1), Map.of("level", "B-LTA")).body();

    try (PDDocument document = Loader.loadPDF(longTerm)) {
      assertNotNull(
          document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.getPDFName("DSS")),
          "B-LT has a document security store");
    }
    try (PDDocument document = Loader.loadPDF(archived)) {
      assertNotNull(
          document.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.getPDFName("DSS")));
      PDSignature last = document.getLastSignatureDictionary();
      assertEquals("ETSI.RFC3161", last.getSubFilter(), "B-LTA ends with a document timestamp");
    }
    String report = checks.pdfsig(archived);
    assertTrue(report.contains("Signature is Valid."), report);
    assertTrue(report.contains("Certificate is Trusted."), report);
    IndependentChecks.Result timestamp = checks.opensslVerifyDocumentTimestamp(archived);
    assertTrue(timestamp.output().contains("Verification: OK"), timestamp.output());
    assertEquals(0, timestamp.exitCode(), timestamp.output());
  }

  @Test
  void nonLatinTextIsDrawnWithAnEmbeddedFontInsideTheServer(ParaphServer server) throws Exception {
    HttpResponse<byte[]> response =
        PortalClient.asAdmin(server)
            .seal(
                TestPdfs.a4(1),
                Map.of(
                    "page",
                    "1",
                    "x",
                    "72",
                    "y",
                    "72",
                    "width",
                    "240",
                    "height",
                    "80",
                    "reason",
                    "Подписано",
                    "location",
                    "Αθήνα"));

    assertEquals(200, response.statusCode(), () -> new String(response.body()));
    String report = checks.pdfsig(response.body());
    assertTrue(report.contains("Signature is Valid."), report);
    String fonts = new String(response.body(), java.nio.charset.StandardCharsets.ISO_8859_1);
    assertTrue(
        fonts.matches("(?s).*/[A-Z]{6}\\+LiberationSans.*"),
        "a subset of the Unicode font is embedded");
  }

  @Test
  void theTrustAnchorsAndTheCrlArePublic(ParaphServer server) throws Exception {
    assertEquals(200, PortalClient.anonymousGet(server, "/pki/demo-root.crl").statusCode());
    assertEquals(200, PortalClient.anonymousGet(server, "/pki/demo-root.crt").statusCode());
  }

  private static void assertWidgetAt(
      byte[] pdf, int pageNumber, float x, float y, float width, float height) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<PDSignatureField> fields = document.getSignatureFields();
      PDSignatureField field = fields.get(fields.size() - 1);
      PDRectangle rect = field.getWidgets().get(0).getRectangle();
      PDPage page = document.getPage(pageNumber - 1);
      float pageHeight = page.getMediaBox().getHeight();
      assertEquals(x, rect.getLowerLeftX(), 1.0f, "left edge");
      assertEquals(y, pageHeight - rect.getUpperRightY(), 1.0f, "top edge, measured from the top");
      assertEquals(width, rect.getWidth(), 1.0f, "width");
      assertEquals(height, rect.getHeight(), 1.0f, "height");
    }
  }

  private static int count(String text, String needle) {
    return text.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
  }

  private static int indexOf(byte[] data, String text) {
    byte[] needle = text.getBytes();
    outer:
    for (int i = 0; i <= data.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (data[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("'" + text + "' not found in the PDF");
  }
}
