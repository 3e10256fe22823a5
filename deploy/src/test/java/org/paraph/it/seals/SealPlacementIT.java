package org.paraph.it.seals;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.paraph.it.support.IndependentChecks;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.SharedServer;
import org.paraph.it.support.TestPdfs;

/**
 * Placing the seal at a keyword or in an existing signature field, and sealing as a detached CAdES
 * signature; each result checked with PDFBox, pdfsig or openssl rather than with the portal's own
 * code.
 */
@ExtendWith(SharedServer.class)
class SealPlacementIT {

  /** Helvetica's capitals rise 718/1000 em above the baseline: 8.6 points at 12 points. */
  private static final float CAP_HEIGHT = 8.616f;

  private static final PDRectangle APPROVER = new PDRectangle(300, 100, 200, 60);

  private static IndependentChecks checks;

  @BeforeAll
  static void trustThePortalsAnchors(ParaphServer server) throws Exception {
    HttpResponse<String> anchors = PortalClient.anonymousGet(server, "/api/v1/trust/anchors");
    assertEquals(200, anchors.statusCode(), anchors.body());
    Path work = Files.createTempDirectory(server.dataDir().getParent(), "placement-checks-");
    checks = IndependentChecks.trusting(anchors.body(), work);
  }

  @Test
  void aKeywordPutsTheSealWhereItShows(ParaphServer server) throws Exception {
    byte[] original = TestPdfs.withTextAt(3, 2, "SEAL-HERE", 300, 400);

    HttpResponse<byte[]> response =
        PortalClient.asAdmin(server).seal(original, Map.of("keyword", "SEAL-HERE", "level", "B-B"));

    assertEquals(200, response.statusCode(), () -> text(response));
    assertEquals("application/pdf", PortalClient.mediaType(response));
    assertTrue(response.headers().firstValue("Paraph-Seal-Id").isPresent());
    byte[] sealed = response.body();
    try (PDDocument document = Loader.loadPDF(sealed)) {
      PDAnnotationWidget widget = lastSignatureWidget(document);
      assertEquals(2, pageOf(document, widget), "on the keyword's page");
      PDRectangle rect = widget.getRectangle();
      float pageHeight = document.getPage(1).getMediaBox().getHeight();
      assertEquals(300, rect.getLowerLeftX(), 1f, "left edge at the keyword's");
      assertEquals(
          400 - CAP_HEIGHT, pageHeight - rect.getUpperRightY(), 1f, "top edge at the keyword's");
      assertEquals(200, rect.getWidth(), 1f, "default width");
      assertEquals(70, rect.getHeight(), 1f, "default height");
    }
    String report = checks.pdfsig(sealed);
    assertTrue(report.contains("Signature is Valid."), report);
    assertTrue(report.contains("Total document signed"), report);
  }

  @Test
  void anAbsentKeywordIsRefusedNamingIt(ParaphServer server) throws Exception {
    HttpResponse<byte[]> response =
        PortalClient.asAdmin(server)
            .seal(TestPdfs.a4(2), Map.of("keyword", "Signature of the director"));

    JsonObject problem = assertProblem(response, 422, "keyword-not-found");
    assertTrue(
        problem.getString("detail").contains("'Signature of the director'"), problem.toString());
  }

  @Test
  void aFieldIsFilledWhereTheAuthorPutIt(ParaphServer server) throws Exception {
    byte[] original = TestPdfs.withEmptySignatureField("Approver", APPROVER);

    HttpResponse<byte[]> response =
        PortalClient.asAdmin(server).seal(original, Map.of("field", "Approver"));

    assertEquals(200, response.statusCode(), () -> text(response));
    byte[] sealed = response.body();
    String report = checks.pdfsig(sealed);
    assertTrue(report.contains("Signature Field Name: Approver"), report);
    assertTrue(report.contains("Signature is Valid."), report);
    assertTrue(report.contains("Certificate is Trusted."), report);
    try (PDDocument document = Loader.loadPDF(sealed)) {
      List<PDSignatureField> fields = document.getSignatureFields();
      assertEquals(1, fields.size(), "no field added");
      PDSignatureField approver = fields.get(0);
      assertEquals("Approver", approver.getFullyQualifiedName());
      assertNotNull(approver.getSignature(), "the seal is in the field");
      PDRectangle rect = approver.getWidgets().get(0).getRectangle();
      assertEquals(APPROVER.getLowerLeftX(), rect.getLowerLeftX(), 0.01f);
      assertEquals(APPROVER.getLowerLeftY(), rect.getLowerLeftY(), 0.01f);
      assertEquals(APPROVER.getWidth(), rect.getWidth(), 0.01f);
      assertEquals(APPROVER.getHeight(), rect.getHeight(), 0.01f);
    }

    HttpResponse<byte[]> again =
        PortalClient.asAdmin(server).seal(sealed, Map.of("field", "Approver"));
    assertProblem(again, 422, "field-already-signed");
  }

  @Test
  void anUnknownFieldIsRefusedListingTheEmptyOnes(ParaphServer server) throws Exception {
    HttpResponse<byte[]> response =
        PortalClient.asAdmin(server)
            .seal(
                TestPdfs.withEmptySignatureField("Approver", APPROVER),
                Map.of("field", "Director"));

    JsonObject problem = assertProblem(response, 422, "field-not-found");
    String detail = problem.getString("detail");
    assertTrue(detail.contains("'Director'") && detail.contains("Approver"), detail);
  }

  @Test
  void cadesGivesADetachedSignatureThatOpensslVerifiesOverTheOriginal(ParaphServer server)
      throws Exception {
    PortalClient client = PortalClient.asAdmin(server);
    byte[] original = TestPdfs.a4(1);

    HttpResponse<byte[]> response =
        client.seal(
            original,
            "contract.pdf",
            Map.of("format", "cades", "level", "B-T", "location", "Brussels"),
            null);

    assertEquals(200, response.statusCode(), () -> text(response));
    assertEquals("application/pkcs7-signature", PortalClient.mediaType(response));
    assertTrue(
        response
            .headers()
            .firstValue("Content-Disposition")
            .orElse("")
            .contains("filename=\"contract.pdf.p7s\""),
        response.headers().toString());
    byte[] p7s = response.body();
    assertEquals(0x30, p7s[0] & 0xff, "DER: a SEQUENCE, not a PDF");
    IndependentChecks.Result openssl = checks.opensslVerifyDetached(p7s, original);
    assertEquals(0, openssl.exitCode(), openssl.output());
    assertTrue(openssl.output().contains("Verification successful"), openssl.output());
    byte[] changed = original.clone();
    changed[changed.length / 2] ^= 0x01;
    assertFalse(
        checks.opensslVerifyDetached(p7s, changed).exitCode() == 0,
        "a changed original no longer verifies");

    String id = response.headers().firstValue("Paraph-Seal-Id").orElseThrow();
    JsonObject record = PortalClient.json(client.get("/api/v1/seals/" + id, "application/json"));
    assertEquals("CAdES", record.getString("format"));
    assertEquals("B-T", record.getString("level"));
    assertFalse(record.getBoolean("visible"));
    HttpResponse<byte[]> stored = client.get("/api/v1/seals/" + id + "/document", null);
    assertEquals(200, stored.statusCode());
    assertEquals("application/pkcs7-signature", PortalClient.mediaType(stored));
    assertArrayEquals(p7s, stored.body(), "the stored version is the signature sent");
  }

  @Test
  void cadesTakesNoPlacement(ParaphServer server) throws Exception {
    PortalClient client = PortalClient.asAdmin(server);
    byte[] pdf = TestPdfs.withTextAt(1, 1, "SEAL-HERE", 72, 300);

    assertProblem(
        client.seal(pdf, Map.of("format", "cades", "keyword", "SEAL-HERE")),
        400,
        "option-not-applicable");
    assertProblem(
        client.seal(
            pdf,
            Map.of(
                "format", "cades", "page", "1", "x", "72", "y", "72", "width", "200", "height",
                "70")),
        400,
        "option-not-applicable");
  }

  @Test
  void aFormatOtherThanPadesOrCadesIsRefused(ParaphServer server) throws Exception {
    JsonObject problem =
        assertProblem(
            PortalClient.asAdmin(server).seal(TestPdfs.a4(1), Map.of("format", "xades")),
            400,
            "invalid-format");
    assertTrue(problem.getString("detail").contains("pades, cades"), problem.toString());
  }

  private static PDAnnotationWidget lastSignatureWidget(PDDocument document) {
    List<PDSignatureField> fields = document.getSignatureFields();
    PDField last = fields.get(fields.size() - 1);
    return ((PDSignatureField) last).getWidgets().get(0);
  }

  /** The 1-based page whose annotations hold the widget, or 0. */
  private static int pageOf(PDDocument document, PDAnnotationWidget widget) throws IOException {
    int number = 0;
    for (PDPage page : document.getPages()) {
      number++;
      for (PDAnnotation annotation : page.getAnnotations()) {
        if (annotation.getCOSObject() == widget.getCOSObject()) {
          return number;
        }
      }
    }
    return 0;
  }

  private static JsonObject assertProblem(HttpResponse<byte[]> response, int status, String type) {
    String body = text(response);
    assertEquals(status, response.statusCode(), body);
    assertEquals("application/problem+json", PortalClient.mediaType(response), body);
    JsonObject problem = PortalClient.json(response);
    assertEquals("https://paraph.org/problems/" + type, problem.getString("type"), body);
    assertFalse(body.contains("Exception"), "no exception name: " + body);
    return problem;
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }
}
