package org.paraph.it.attacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PersonalPki;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.PortalClient.Multipart;
import org.paraph.it.support.SharedServer;
import org.paraph.it.support.TestPdfs;

/**
 * The key of a seal leaked; the administrator retires the seal saying so. The attacker, who holds
 * the key and the certificate, then makes new "sealed" documents and shows them to the portal's
 * public verifier, and tries a certificate of another holder that the seal's CA issued: none is
 * trusted. What the seal made before the retirement and a timestamp proves older still verifies;
 * what it made without a timestamp can no longer be told from a forgery and is not trusted. The
 * seal's CA, whose last seal in service this was, is no longer published as an anchor. A request
 * naming an unknown reason changes nothing.
 */
@ExtendWith(SharedServer.class)
class RetiredSealAttackIT {

  private static final String PROBLEMS = "https://paraph.org/problems/";

  @Test
  void aSealRetiredForACompromisedKeyNoLongerVouchesForForgeriesMadeWithIt(ParaphServer server)
      throws Exception {
    String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
    String sealName = "leaky-" + suffix;
    String caName = "Leaky Seal CA " + suffix;
    PersonalPki pki = PersonalPki.create(caName, "http://ca.leaky.test/root.crl");
    PersonalPki.Issued leaked = pki.issue("Leaky Seal", "seal@leaky.test", Duration.ofDays(400));
    PortalClient admin = PortalClient.asAdmin(server);
    Path work = Files.createTempDirectory("retired-seal-attack-");

    HttpResponse<byte[]> registered = register(admin, sealName, leaked, work);
    assertEquals(201, registered.statusCode(), () -> text(registered));
    assertTrue(anchors(server).contains(caName), "in service, its CA is an anchor");

    byte[] timestamped = seal(admin, sealName, "B-T");
    byte[] notTimestamped = seal(admin, sealName, "B-B");

    // A reason the portal does not know: refused, and the seal stays as it was.
    assertProblem(
        admin.delete("/api/v1/seal-credentials/" + sealName + "?reason=STOLEN"),
        400,
        "invalid-retirement-reason");
    assertTrue(credentialNames(admin).contains(sealName), "still in service");
    assertTrue(anchors(server).contains(caName), "its CA still an anchor");

    HttpResponse<byte[]> retired =
        admin.delete("/api/v1/seal-credentials/" + sealName + "?reason=KEY_COMPROMISED");
    assertEquals(204, retired.statusCode(), () -> text(retired));
    Instant retiredBy = Instant.now();
    assertFalse(credentialNames(admin).contains(sealName));
    assertFalse(
        anchors(server).contains(caName),
        "no seal in service chains to its CA any more: the portal no longer vouches for it");
    assertTrue(anchors(server).contains("CN="), "the other anchors (the demo root) stay");

    // The attacker signs a new document with the leaked key, claiming a signing time long before
    // the retirement: a claim is not a proof.
    byte[] forged =
        signWith(leaked, TestPdfs.a4(1), Date.from(retiredBy.minus(Duration.ofMinutes(10))));
    for (byte[] notTrusted : List.of(forged, notTimestamped)) {
      JsonObject report = verify(server, notTrusted);
      assertFalse(report.getBoolean("valid"), report::toString);
      JsonObject signature = report.getJsonArray("signatures").getJsonObject(0);
      assertEquals("INDETERMINATE", signature.getString("indication"), signature::toString);
      assertEquals("REVOKED_NO_POE", signature.getString("subIndication"), signature::toString);
      assertTrue(
          signature.getJsonArray("errors").toString().contains("'" + sealName + "' was retired on")
              && signature.getJsonArray("errors").toString().contains("key was compromised"),
          signature::toString);
    }

    // Its former CA issues a certificate to someone else: the CA is no anchor any more.
    PersonalPki.Issued other = pki.issue("Mallory", "mallory@leaky.test", Duration.ofDays(30));
    JsonObject byTheFormerCa = verify(server, signWith(other, TestPdfs.a4(1), new Date()));
    assertFalse(byTheFormerCa.getBoolean("valid"), byTheFormerCa::toString);
    assertEquals(
        "NO_CERTIFICATE_CHAIN_FOUND",
        byTheFormerCa.getJsonArray("signatures").getJsonObject(0).getString("subIndication"),
        byTheFormerCa::toString);

    // Sealed and timestamped before the retirement: still valid, and the report says why.
    JsonObject proven = verify(server, timestamped);
    assertTrue(proven.getBoolean("valid"), proven::toString);
    JsonObject signature = proven.getJsonArray("signatures").getJsonObject(0);
    assertEquals("TOTAL_PASSED", signature.getString("indication"));
    assertTrue(
        signature.getJsonArray("warnings").toString().contains("a timestamp proves"),
        signature::toString);
    assertTrue(
        Instant.parse(signature.getString("bestSignatureTime")).isBefore(retiredBy),
        signature::toString);

    String events = text(admin.get("/api/v1/audit/events?action=SEAL_RETIRED", null));
    assertTrue(
        Json.createReader(new StringReader(events))
            .readArray()
            .getValuesAs(JsonObject.class)
            .stream()
            .anyMatch(
                event ->
                    sealName.equals(event.getString("subject", ""))
                        && event.getString("text", "").contains("reason: key compromised")),
        events);
    assertNotEquals(
        204,
        admin
            .delete("/api/v1/seal-credentials/" + sealName + "?reason=KEY_COMPROMISED")
            .statusCode(),
        "retired once");
  }

  /** What an attacker does with a stolen key: a PAdES signature made outside the portal. */
  private static byte[] signWith(PersonalPki.Issued holder, byte[] pdf, Date claimedSigningTime)
      throws Exception {
    PAdESSignatureParameters parameters = new PAdESSignatureParameters();
    parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_B);
    parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
    parameters.setSigningCertificate(new CertificateToken(holder.certificate()));
    parameters.setCertificateChain(
        List.of(new CertificateToken(holder.certificate()), new CertificateToken(holder.ca())));
    parameters.bLevel().setSigningDate(claimedSigningTime);
    PAdESService service = new PAdESService(new CommonCertificateVerifier());
    DSSDocument document = new InMemoryDocument(pdf, "forged.pdf");
    ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
    Signature signature = Signature.getInstance("SHA256withRSA");
    signature.initSign(holder.key());
    signature.update(toBeSigned.getBytes());
    SignatureValue value = new SignatureValue(SignatureAlgorithm.RSA_SHA256, signature.sign());
    return DSSUtils.toByteArray(service.signDocument(document, parameters, value));
  }

  private static byte[] seal(PortalClient admin, String sealName, String level) throws Exception {
    HttpResponse<byte[]> sealed =
        admin.seal(TestPdfs.a4(1), "letter.pdf", Map.of("seal", sealName, "level", level), null);
    assertEquals(200, sealed.statusCode(), () -> text(sealed));
    return sealed.body();
  }

  /** The public verifier, without credentials, as anyone shown the document would use it. */
  private static JsonObject verify(ParaphServer server, byte[] pdf) throws Exception {
    Multipart body = new Multipart().file("file", "letter.pdf", pdf);
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(server.uri("/api/v1/verifications"))
                    .timeout(Duration.ofMinutes(2))
                    .header("Content-Type", body.contentType())
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode(), () -> text(response));
    JsonObject report = PortalClient.json(response);
    assertEquals(1, report.getJsonArray("signatures").size(), report::toString);
    return report;
  }

  private static String anchors(ParaphServer server) throws Exception {
    HttpResponse<String> anchors = PortalClient.anonymousGet(server, "/api/v1/trust/anchors");
    assertEquals(200, anchors.statusCode());
    return anchors.body();
  }

  private static HttpResponse<byte[]> register(
      PortalClient client, String name, PersonalPki.Issued issued, Path work) throws Exception {
    String password = "p12-" + UUID.randomUUID();
    Path pkcs12 = issued.writePkcs12(work.resolve(UUID.randomUUID() + ".p12"), password);
    return client.postMultipart(
        "/api/v1/seal-credentials",
        new Multipart()
            .file("file", "seal.p12", Files.readAllBytes(pkcs12))
            .text("name", name)
            .text("password", password));
  }

  private static List<String> credentialNames(PortalClient client) throws Exception {
    HttpResponse<byte[]> listed = client.get("/api/v1/seal-credentials", "application/json");
    assertEquals(200, listed.statusCode(), () -> text(listed));
    return Json.createReader(new StringReader(text(listed)))
        .readArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .map(seal -> seal.getString("name"))
        .toList();
  }

  private static void assertProblem(HttpResponse<byte[]> response, int status, String type) {
    assertEquals(status, response.statusCode(), () -> text(response));
    assertEquals("application/problem+json", PortalClient.mediaType(response), text(response));
    assertEquals(PROBLEMS + type, PortalClient.json(response).getString("type"), text(response));
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }
}
