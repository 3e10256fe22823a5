package org.paraph.it.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.TestPdfs;
import org.paraph.seals.domain.SealLevel;
import org.paraph.testsupport.ProviderSeals;
import org.paraph.testsupport.TestTrustedLists;
import org.paraph.testsupport.TrustedListServer;
import org.paraph.trust.infrastructure.DemoPki;
import org.paraph.trust.infrastructure.DemoPkiGenerator;

/**
 * A portal configured with a list of trusted lists (served here on the loopback interface, as the
 * machine has no internet), the certificate allowed to sign it, and an extra anchor of its own: it
 * loads the lists in the background after start, and then verifies a seal of a qualified provider
 * it knows only through them and a seal of a partner it knows only through the extra anchor, while
 * its own demo seals stay test seals.
 */
class TrustedListsIT {

  @Test
  void aPortalPointedAtATrustedListTrustsTheCasItNames() throws Exception {
    Instant now = Instant.now();
    DemoPki qtsp = new DemoPkiGenerator().generate("Qualified Provider", "http://qtsp.test", now);
    DemoPki operators =
        new DemoPkiGenerator().generate("Scheme Operators", "http://lotl.test", now);
    DemoPki partner = new DemoPkiGenerator().generate("Partner", "http://partner.test", now);
    byte[] qualifiedSeal = sealBLt(qtsp, "Qualified Provider");
    byte[] partnerSeal = sealBLt(partner, "Partner");
    try (TrustedListServer lists = new TrustedListServer()) {
      byte[] tl =
          TestTrustedLists.trustedList(
              "BE",
              qtsp.root().signingCertificate(),
              now.minus(Duration.ofDays(30)),
              now.minus(Duration.ofDays(1)),
              now.plus(Duration.ofDays(180)));
      String tlUrl =
          lists.serve("/tl-be.xml", TestTrustedLists.sign(tl, operators.timestampAuthority()));
      byte[] lotl =
          TestTrustedLists.listOfTrustedLists(
              tlUrl,
              "BE",
              operators.timestampAuthority().signingCertificate(),
              now.minus(Duration.ofDays(1)),
              now.plus(Duration.ofDays(180)));
      String lotlUrl = lists.serve("/eu-lotl.xml", TestTrustedLists.sign(lotl, operators.seal()));
      Path signers = Files.createTempFile("lotl-signers", ".pem");
      Files.writeString(signers, pem(operators.seal().signingCertificate()));
      Path extraAnchors = Files.createTempFile("extra-anchors", ".pem");
      Files.writeString(extraAnchors, pem(partner.root().signingCertificate()));

      try (ParaphServer server =
          ParaphServer.create(
                  "trusted-lists",
                  Map.of(
                      "PARAPH_LOTL_URL",
                      lotlUrl,
                      "PARAPH_LOTL_SIGNERS",
                      signers.toString(),
                      "PARAPH_TRUST_ANCHORS",
                      extraAnchors.toString(),
                      // The lists are served on the loopback: allowed by name.
                      "PARAPH_FETCH_ALLOW",
                      "127.0.0.1"))
              .start()) {
        JsonObject report = verifyOnceListsAreLoaded(server, qualifiedSeal);

        JsonObject signature = report.getJsonArray("signatures").getJsonObject(0);
        assertEquals("TOTAL_PASSED", signature.getString("indication"), report::toString);
        assertFalse(signature.getBoolean("test"), "trusted through the EU lists: no test seal");
        assertEquals("BE: Test Qualified Provider", signature.getString("trustedList"));
        JsonObject trustedLists = report.getJsonObject("trustedLists");
        assertEquals("LOADED", trustedLists.getString("state"));
        assertEquals(lotlUrl, trustedLists.getString("lotlUrl"));
        assertEquals(1, trustedLists.getInt("trustedLists"));
        assertFalse(trustedLists.getString("lastLoaded").isBlank());
        assertTrue(lists.requests("/tl-be.xml") >= 1);

        byte[] ownSeal = PortalClient.asAdmin(server).seal(TestPdfs.a4(1), Map.of()).body();
        JsonObject own = PortalClient.json(verify(server, ownSeal, null));
        assertEquals(
            "TOTAL_PASSED",
            own.getJsonArray("signatures").getJsonObject(0).getString("indication"),
            own::toString);
        assertTrue(own.getJsonArray("signatures").getJsonObject(0).getBoolean("test"));

        // The operator's own extra anchor: a partner's CA, on no trusted list.
        JsonObject partnerReport = PortalClient.json(verify(server, partnerSeal, null));
        JsonObject partnerSignature = partnerReport.getJsonArray("signatures").getJsonObject(0);
        assertEquals(
            "TOTAL_PASSED", partnerSignature.getString("indication"), partnerReport::toString);
        assertFalse(partnerSignature.getBoolean("test"));

        try (PDDocument pdf =
            Loader.loadPDF(verify(server, qualifiedSeal, "application/pdf").body())) {
          String text = new PDFTextStripper().getText(pdf);
          assertTrue(text.contains("EU trusted lists used: 1 list"), text);
        }
      }
    }
  }

  /** The lists load in the background after start: ask until the report says they are used. */
  private static JsonObject verifyOnceListsAreLoaded(ParaphServer server, byte[] pdf)
      throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (true) {
      HttpResponse<byte[]> response = verify(server, pdf, null);
      assertEquals(200, response.statusCode(), () -> new String(response.body()));
      JsonObject report = PortalClient.json(response);
      JsonObject trustedLists = report.getJsonObject("trustedLists");
      if (trustedLists.getBoolean("used")) {
        return report;
      }
      if (Instant.now().isAfter(deadline)
          || "UNAVAILABLE".equals(trustedLists.getString("state"))) {
        throw new AssertionError("The trusted lists were not loaded: " + report);
      }
      Thread.sleep(500);
    }
  }

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

  /** A qualified provider's B-LT seal: its revocation data inside, nothing to fetch. */
  private static byte[] sealBLt(DemoPki pki, String organisation) throws IOException {
    return ProviderSeals.seal(pki, TestPdfs.a4(1), organisation, SealLevel.B_LT);
  }

  private static String pem(X509Certificate certificate) throws Exception {
    return "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(certificate.getEncoded())
        + "\n-----END CERTIFICATE-----\n";
  }
}
