package org.paraph.it.seals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.validation.reports.Reports;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PersonalPki;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.PortalClient.Multipart;
import org.paraph.it.support.SealBatches;
import org.paraph.it.support.SignedPdfs;
import org.paraph.it.support.TestPdfs;
import org.paraph.testsupport.DssTestValidation;

/**
 * An administrator retires a seal of the organisation over the API: it no longer seals (asked by
 * name, by id, or by a batch queued before), its key is gone from the database, what it sealed
 * before still shows in the history and still verifies, the retirement is audited, and its name
 * serves a new seal. Nobody else may retire it, and the organisation seal cannot be retired while
 * it is the default; a user registers and removes her own certificate over the API. Retired without
 * a reason (a client written before reasons were asked): not a compromise, so what it sealed keeps
 * verifying on the portal, while its CA, which no other seal in service chains to, is no longer
 * published. A server of its own, which seals nothing at first (the batch stays queued) and is
 * stopped to read the seal's row.
 */
class SealRetirementIT {

  private static final String PROBLEMS = "https://paraph.org/problems/";

  @Test
  void aRetiredSealNoLongerSealsLosesItsKeyAndKeepsItsHistory() throws Exception {
    try (ParaphServer server =
        ParaphServer.create("retire", Map.of("PARAPH_SEAL_WORKERS", "0")).start()) {
      Path work = Files.createTempDirectory(server.dataDir().getParent(), "retire-");
      String suffix = Long.toString(System.nanoTime() % 1_000_000, 36);
      String sealName = "acme-2025-" + suffix;
      PersonalPki pki =
          PersonalPki.create("ACME Seal CA " + suffix, "http://ca.acme.test/root.crl");
      PersonalPki.Issued issued = pki.issue("ACME Seal", "seal@acme.test", Duration.ofDays(400));
      PortalClient admin = PortalClient.asAdmin(server);

      HttpResponse<byte[]> registered = register(admin, sealName, issued, work);
      assertEquals(201, registered.statusCode(), () -> text(registered));
      String sealId = PortalClient.json(registered).getString("id");
      assertTrue(credentialNames(admin).contains(sealName));

      HttpResponse<byte[]> sealed =
          admin.seal(
              TestPdfs.a4(1),
              "before.pdf",
              Map.of("seal", sealName, "level", "B-B"),
              "application/json");
      assertEquals(200, sealed.statusCode(), () -> text(sealed));
      JsonObject record = PortalClient.json(sealed);
      byte[] sealedBefore =
          admin.get(record.getJsonObject("links").getString("document"), null).body();
      HttpResponse<byte[]> queued =
          admin.sealBatch(
              new Multipart()
                  .file("file", "queued.pdf", TestPdfs.a4(2))
                  .text("seal", sealName)
                  .text("level", "B-B"));
      assertEquals(202, queued.statusCode(), () -> text(queued));
      String batchId = PortalClient.json(queued).getString("id");

      String uma = "uma-" + suffix;
      String umaPassword = "Uma-login-" + suffix;
      HttpResponse<byte[]> created =
          admin.postJson(
              "/api/v1/users",
              "{\"username\":\""
                  + uma
                  + "\",\"displayName\":\"Uma\",\"password\":\""
                  + umaPassword
                  + "\"}");
      assertEquals(201, created.statusCode(), () -> text(created));
      PortalClient asUma = new PortalClient(server, uma, umaPassword);
      assertProblem(
          asUma.delete("/api/v1/seal-credentials/" + sealName), 403, "seal-retirement-forbidden");
      String umasName = "uma-cert-" + suffix;
      HttpResponse<byte[]> hers =
          register(asUma, umasName, pki.issue("Uma", "uma@example.org", Duration.ofDays(90)), work);
      assertEquals(201, hers.statusCode(), () -> text(hers));
      assertEquals(uma, PortalClient.json(hers).getString("owner"), "a user registers her own");
      assertEquals(List.of(umasName), credentialNames(asUma), "and lists only her own");
      HttpResponse<byte[]> removed = asUma.delete("/api/v1/seal-credentials/" + umasName);
      assertEquals(204, removed.statusCode(), () -> text(removed));
      assertEquals(List.of(), credentialNames(asUma));
      assertProblem(
          admin.delete("/api/v1/seal-credentials/demo"), 409, "seal-is-organisation-default");
      assertProblem(
          admin.delete("/api/v1/seal-credentials/no-such-seal-" + suffix), 404, "unknown-seal");

      HttpResponse<byte[]> retired = admin.delete("/api/v1/seal-credentials/" + sealName);
      assertEquals(204, retired.statusCode(), () -> text(retired));

      assertFalse(credentialNames(admin).contains(sealName), "no longer listed");
      for (String reference : List.of(sealName, sealId)) {
        HttpResponse<byte[]> refused =
            admin.seal(TestPdfs.a4(1), "after.pdf", Map.of("seal", reference), "application/json");
        JsonObject problem = assertProblem(refused, 409, "seal-retired");
        assertTrue(
            problem.getString("detail").contains("'" + sealName + "' was retired on"),
            problem::toString);
      }
      assertProblem(
          admin.sealBatch(
              new Multipart().file("file", "a.pdf", TestPdfs.a4(1)).text("seal", sealName)),
          409,
          "seal-retired");

      JsonObject history =
          PortalClient.json(
              admin.get("/api/v1/seals/" + record.getString("id"), "application/json"));
      assertEquals(sealName, history.getString("seal"), "the record still names it");
      Reports reports =
          DssTestValidation.trusting(pki.caCertificate())
              .withCrl(pki.crlUrl(), pki.crl())
              .validate(sealedBefore);
      assertEquals(
          List.of(Indication.TOTAL_PASSED),
          DssTestValidation.signatureIndications(reports),
          DssTestValidation.explain(reports));
      String anchors = PortalClient.anonymousGet(server, "/api/v1/trust/anchors").body();
      assertFalse(
          anchors.contains("ACME Seal CA " + suffix),
          "no seal in service chains to its CA any more: the portal no longer publishes it");
      JsonObject verified = PortalClient.json(verify(server, sealedBefore));
      assertTrue(
          verified.getBoolean("valid"),
          () ->
              "what it sealed still verifies on the portal (its own certificate stays trusted): "
                  + verified);

      String serial = issued.certificate().getSerialNumber().toString(16);
      JsonArray events =
          Json.createReader(
                  new StringReader(
                      text(admin.get("/api/v1/audit/events?action=SEAL_RETIRED", null))))
              .readArray();
      assertTrue(
          events.getValuesAs(JsonObject.class).stream()
              .anyMatch(
                  e ->
                      sealName.equals(e.getString("subject", ""))
                          && ParaphServer.ADMIN.equals(e.getString("actor"))
                          && e.getString("text", "").contains("certificate serial " + serial)
                          && e.getString("text", "").contains("reason: not stated")),
          events::toString);

      server.stop();
      try (Connection db = server.openDatabase();
          PreparedStatement query =
              db.prepareStatement(
                  "SELECT name, retired_name, retired_at, pkcs12, pkcs12_password, pkcs12_chain"
                      + " FROM seal WHERE id = ?")) {
        query.setObject(1, UUID.fromString(sealId));
        try (ResultSet row = query.executeQuery()) {
          assertTrue(row.next(), "the retired seal's row stays, for history");
          assertNull(row.getBytes("pkcs12"), "the key is erased");
          assertNull(row.getString("pkcs12_password"), "and its password");
          assertNotNull(row.getBytes("pkcs12_chain"), "the certificates stay");
          assertNotNull(row.getTimestamp("retired_at"));
          assertEquals(sealName, row.getString("retired_name"));
          assertNotEquals(sealName, row.getString("name"), "the name is free");
        }
      }
      server.setEnvironment("PARAPH_SEAL_WORKERS", null);
      server.start();

      JsonObject batch = SealBatches.awaitComplete(admin, batchId);
      assertEquals(1, batch.getInt("failed"), batch::toString);
      JsonObject document = batch.getJsonArray("documents").getJsonObject(0);
      assertEquals("FAILED", document.getString("state"));
      JsonObject error = document.getJsonObject("error");
      assertEquals(PROBLEMS + "seal-retired", error.getString("type"), document::toString);
      assertTrue(error.getString("detail").contains(sealName), error::toString);

      PersonalPki.Issued renewed = pki.issue("ACME Seal", "seal@acme.test", Duration.ofDays(800));
      HttpResponse<byte[]> replaced = register(admin, sealName, renewed, work);
      assertEquals(201, replaced.statusCode(), () -> text(replaced));
      assertNotEquals(sealId, PortalClient.json(replaced).getString("id"));
      assertTrue(
          PortalClient.anonymousGet(server, "/api/v1/trust/anchors")
              .body()
              .contains("ACME Seal CA " + suffix),
          "a seal in service chains to its CA again");
      HttpResponse<byte[]> sealedAgain =
          admin.seal(TestPdfs.a4(1), "after.pdf", Map.of("seal", sealName, "level", "B-B"), null);
      assertEquals(200, sealedAgain.statusCode(), () -> text(sealedAgain));
      assertEquals(
          renewed.certificate().getSerialNumber(),
          SignedPdfs.lastSigner(sealedAgain.body()).getSerialNumber(),
          "the name now seals with the new certificate");
    }
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

  /** The public verifier, without credentials. */
  private static HttpResponse<byte[]> verify(ParaphServer server, byte[] pdf) throws Exception {
    Multipart body = new Multipart().file("file", "before.pdf", pdf);
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(server.uri("/api/v1/verifications"))
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", body.contentType())
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
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

  private static JsonObject assertProblem(HttpResponse<byte[]> response, int status, String type) {
    assertEquals(status, response.statusCode(), () -> text(response));
    assertEquals("application/problem+json", PortalClient.mediaType(response), text(response));
    JsonObject problem = PortalClient.json(response);
    assertEquals(PROBLEMS + type, problem.getString("type"), problem::toString);
    return problem;
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }
}
