package org.paraph.it.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.SharedServer;
import org.paraph.it.support.TestPdfs;
import org.w3c.dom.Element;

/**
 * Anyone, without an account, verifies what the portal sealed: seal over the API as a user, then
 * post the result to {@code /api/v1/verifications} with no credentials at all.
 */
@ExtendWith(SharedServer.class)
class VerificationApiIT {

  @Test
  void aSealMadeByThePortalPassesAsATestSealCoveringTheWholeFile(ParaphServer server)
      throws Exception {
    byte[] sealed = seal(server, TestPdfs.a4(1), "B-B");

    HttpResponse<byte[]> response = verify(server, sealed, null);

    assertEquals(200, response.statusCode(), () -> text(response));
    assertEquals("application/json", PortalClient.mediaType(response));
    JsonObject report = PortalClient.json(response);
    assertEquals("sealed.pdf", report.getString("fileName"));
    assertEquals(sha256(sealed), report.getString("sha256"));
    assertTrue(report.getBoolean("valid"));
    assertEquals(1, report.getJsonArray("signatures").size(), () -> text(response));
    JsonObject signature = report.getJsonArray("signatures").getJsonObject(0);
    assertEquals("TOTAL_PASSED", signature.getString("indication"), () -> text(response));
    assertTrue(
        signature.getBoolean("test"), "the demo seal chains to the demo root, a test anchor");
    assertTrue(signature.getBoolean("coversWholeDocument"));
    assertFalse(signature.getBoolean("changedAfter"));
    assertEquals("PAdES-BASELINE-B", signature.getString("level"));
    assertTrue(signature.getString("signer").contains("Demo Seal"), signature.toString());
    assertFalse(signature.getString("signingTime").isBlank());
    // The demo root's CRL is the portal's own: read in process, no network, no address rules.
    JsonObject revocation = signature.getJsonObject("revocation");
    assertTrue(revocation.getBoolean("checked"), revocation::toString);
    JsonObject source = revocation.getJsonArray("sources").getJsonObject(0);
    assertEquals("CRL", source.getString("type"));
    assertEquals("PORTAL", source.getString("origin"));
    assertEquals("GOOD", source.getString("status"));
    assertEquals(0, revocation.getJsonArray("problems").size(), revocation::toString);
    // This server has no PARAPH_LOTL_SIGNERS: it downloads nothing, and says why.
    JsonObject trustedLists = report.getJsonObject("trustedLists");
    assertFalse(trustedLists.getBoolean("used"));
    assertEquals("UNAVAILABLE", trustedLists.getString("state"));
    assertTrue(
        trustedLists.getString("problem").contains("PARAPH_LOTL_SIGNERS"), trustedLists::toString);
  }

  @Test
  void aTamperedCopyFails(ParaphServer server) throws Exception {
    byte[] tampered = seal(server, TestPdfs.a4(1), "B-B");
    // The header's version digit: inside the signed range, and the file still parses.
    int digit = indexOf(tampered, "%PDF-1.") + 7;
    tampered[digit] = (byte) (tampered[digit] == '7' ? '6' : '7');

    HttpResponse<byte[]> response = verify(server, tampered, null);

    assertEquals(200, response.statusCode(), () -> text(response));
    JsonObject report = PortalClient.json(response);
    assertFalse(report.getBoolean("valid"));
    JsonObject signature = report.getJsonArray("signatures").getJsonObject(0);
    assertEquals("TOTAL_FAILED", signature.getString("indication"), () -> text(response));
    assertEquals("HASH_FAILURE", signature.getString("subIndication"));
  }

  @Test
  void aDocumentSealedTwiceHasTwoPassedSignatures(ParaphServer server) throws Exception {
    byte[] once = seal(server, TestPdfs.a4(1), "B-B");
    byte[] twice = seal(server, once, "B-T");

    HttpResponse<byte[]> response = verify(server, twice, null);

    assertEquals(200, response.statusCode(), () -> text(response));
    List<JsonObject> signatures =
        PortalClient.json(response).getJsonArray("signatures").getValuesAs(JsonObject.class);
    assertEquals(2, signatures.size(), () -> text(response));
    for (JsonObject signature : signatures) {
      assertEquals("TOTAL_PASSED", signature.getString("indication"), () -> text(response));
      assertFalse(signature.getBoolean("changedAfter"), "a second seal changes no content");
    }
    assertEquals(
        1,
        signatures.stream().filter(s -> s.getBoolean("coversWholeDocument")).count(),
        "only the last seal reaches the end of the file");
  }

  @Test
  void aTimestampedSealShowsLevelT(ParaphServer server) throws Exception {
    byte[] sealed = seal(server, TestPdfs.a4(1), "B-T");

    HttpResponse<byte[]> response = verify(server, sealed, null);

    JsonObject signature = PortalClient.json(response).getJsonArray("signatures").getJsonObject(0);
    assertEquals("TOTAL_PASSED", signature.getString("indication"), () -> text(response));
    assertEquals("PAdES-BASELINE-T", signature.getString("level"));
    assertFalse(signature.getString("bestSignatureTime").isBlank());
  }

  @Test
  void anArchivalSealEndsWithAValidDocumentTimestamp(ParaphServer server) throws Exception {
    byte[] sealed = seal(server, TestPdfs.a4(1), "B-LTA");

    HttpResponse<byte[]> response = verify(server, sealed, null);

    JsonObject report = PortalClient.json(response);
    JsonObject signature = report.getJsonArray("signatures").getJsonObject(0);
    assertEquals("TOTAL_PASSED", signature.getString("indication"), () -> text(response));
    assertEquals("PAdES-BASELINE-LTA", signature.getString("level"));
    assertEquals(1, report.getJsonArray("documentTimestamps").size(), () -> text(response));
    assertEquals(
        "TOTAL_PASSED",
        report.getJsonArray("documentTimestamps").getJsonObject(0).getString("indication"));
  }

  @Test
  void anUnsignedPdfHasNoSignatures(ParaphServer server) throws Exception {
    HttpResponse<byte[]> response = verify(server, TestPdfs.a4(1), null);

    assertEquals(200, response.statusCode(), () -> text(response));
    JsonObject report = PortalClient.json(response);
    assertEquals(0, report.getJsonArray("signatures").size());
    assertFalse(report.getBoolean("valid"));
  }

  @Test
  void theEtsiValidationReportComesAsXmlWhenAsked(ParaphServer server) throws Exception {
    byte[] sealed = seal(server, TestPdfs.a4(1), "B-B");

    HttpResponse<byte[]> response = verify(server, sealed, "application/xml");

    assertEquals(200, response.statusCode(), () -> text(response));
    assertEquals("application/xml", PortalClient.mediaType(response));
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Element root =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(response.body()))
            .getDocumentElement();
    assertEquals("ValidationReport", root.getLocalName());
    assertTrue(
        root.getNamespaceURI().startsWith("http://uri.etsi.org/19102/"), root.getNamespaceURI());
    assertTrue(text(response).contains("total-passed"), () -> text(response));
  }

  @Test
  void aReportForPeopleComesAsPdfWhenAsked(ParaphServer server) throws Exception {
    byte[] sealed = seal(server, TestPdfs.a4(1), "B-B");

    HttpResponse<byte[]> response = verify(server, sealed, "application/pdf");

    assertEquals(200, response.statusCode(), () -> text(response));
    assertEquals("application/pdf", PortalClient.mediaType(response));
    try (PDDocument report = Loader.loadPDF(response.body())) {
      String text = new PDFTextStripper().getText(report);
      assertTrue(text.contains("Verification report"), text);
      assertTrue(text.contains(sha256(sealed)), text);
      assertTrue(text.contains("Valid"), text);
      assertTrue(text.contains("TEST seal"), text);
    }
  }

  @Test
  void somethingElseThanAPdfIsRefusedWithAProblemDocument(ParaphServer server) throws Exception {
    HttpResponse<byte[]> response =
        verify(server, "Just some text".getBytes(StandardCharsets.UTF_8), null);

    assertEquals(422, response.statusCode(), () -> text(response));
    assertEquals("application/problem+json", PortalClient.mediaType(response));
    JsonObject problem = PortalClient.json(response);
    assertEquals("https://paraph.org/problems/not-a-pdf", problem.getString("type"));
    assertEquals(422, problem.getInt("status"));
    assertFalse(problem.getString("detail").isBlank());
    assertFalse(text(response).contains("Exception"), () -> text(response));
  }

  private static byte[] seal(ParaphServer server, byte[] pdf, String level) throws Exception {
    HttpResponse<byte[]> response = PortalClient.asAdmin(server).seal(pdf, Map.of("level", level));
    assertEquals(200, response.statusCode(), () -> text(response));
    return response.body();
  }

  /** A request without any credentials: verification is public. */
  private static HttpResponse<byte[]> verify(ParaphServer server, byte[] file, String accept)
      throws Exception {
    PortalClient.Multipart body = new PortalClient.Multipart().file("file", "sealed.pdf", file);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri("/api/v1/verifications"))
            .timeout(Duration.ofMinutes(2))
            .header("Content-Type", body.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
    if (accept != null) {
      request.header("Accept", accept);
    }
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  private static String sha256(byte[] data) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
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
    throw new AssertionError("'" + text + "' not found in the PDF");
  }
}
