package org.paraph.it.seals;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.SharedServer;
import org.paraph.it.support.TestPdfs;

/**
 * A seal made without keeping its documents ({@code keep=false}): the sealed file is in the answer,
 * the record keeps both hashes, and the file cannot be fetched again; without {@code keep} the demo
 * seal keeps them as every seal did before. A {@code keep} that is not a boolean, or on a batch, is
 * refused before anything is sealed.
 */
@ExtendWith(SharedServer.class)
class SealDocumentRetentionIT {

  @Test
  void aSealMadeWithKeepFalseIsOnlyInTheAnswerAndItsRecordKeepsTheHashes(ParaphServer server)
      throws Exception {
    PortalClient admin = PortalClient.asAdmin(server);
    byte[] original = TestPdfs.a4(1);

    HttpResponse<byte[]> answer =
        admin.seal(original, "unkept.pdf", Map.of("level", "B-B", "keep", "false"), null);

    assertEquals(200, answer.statusCode(), () -> text(answer));
    byte[] sealed = answer.body();
    assertArrayEquals(
        original, java.util.Arrays.copyOf(sealed, original.length), "the sealed PDF is answered");
    String id = answer.headers().firstValue("Paraph-Seal-Id").orElseThrow();

    JsonObject record = PortalClient.json(admin.get("/api/v1/seals/" + id, "application/json"));
    assertFalse(record.getBoolean("documentsKept"), record::toString);
    assertEquals(sha256(original), record.getString("originalSha256"));
    assertEquals(sha256(sealed), record.getString("documentSha256"));
    assertFalse(record.getJsonObject("links").containsKey("document"), record::toString);

    HttpResponse<byte[]> download = admin.get("/api/v1/seals/" + id + "/document", null);
    assertEquals(410, download.statusCode(), () -> text(download));
    JsonObject problem = PortalClient.json(download);
    assertTrue(problem.getString("type").endsWith("/documents-not-kept"), problem::toString);
    assertTrue(problem.getString("detail").contains(id), problem::toString);

    // The audit event names both hashes, as it does for a seal whose documents are kept.
    String events = text(admin.get("/api/v1/audit/events?action=SEAL_APPLIED", "application/json"));
    assertTrue(
        events.contains(sha256(original)) && events.contains(sha256(sealed)),
        "audited with both hashes");
  }

  @Test
  void withoutKeepTheDemoSealKeepsTheDocumentsAsBefore(ParaphServer server) throws Exception {
    PortalClient admin = PortalClient.asAdmin(server);

    for (Map<String, String> options :
        new Map[] {Map.of("level", "B-B"), Map.of("level", "B-B", "keep", "TRUE")}) {
      HttpResponse<byte[]> answer = admin.seal(TestPdfs.a4(1), "kept.pdf", options, null);
      assertEquals(200, answer.statusCode(), () -> text(answer));
      String id = answer.headers().firstValue("Paraph-Seal-Id").orElseThrow();

      JsonObject record = PortalClient.json(admin.get("/api/v1/seals/" + id, "application/json"));
      assertTrue(record.getBoolean("documentsKept"), record::toString);
      HttpResponse<byte[]> download = admin.get("/api/v1/seals/" + id + "/document", null);
      assertEquals(200, download.statusCode());
      assertArrayEquals(answer.body(), download.body(), "the same file, later");
    }
  }

  @Test
  void aKeepThatIsNotABooleanOrOnABatchIsRefusedBeforeAnythingIsSealed(ParaphServer server)
      throws Exception {
    PortalClient admin = PortalClient.asAdmin(server);
    String latestBefore = latestRecordId(admin);

    HttpResponse<byte[]> maybe =
        admin.seal(TestPdfs.a4(1), "maybe.pdf", Map.of("keep", "maybe"), "application/json");
    assertEquals(400, maybe.statusCode(), () -> text(maybe));
    assertTrue(PortalClient.json(maybe).getString("detail").contains("maybe"), () -> text(maybe));

    HttpResponse<byte[]> batch =
        admin.sealBatch(
            new PortalClient.Multipart()
                .file("file", "a.pdf", TestPdfs.a4(1))
                .text("keep", "false"));
    assertEquals(400, batch.statusCode(), () -> text(batch));
    assertTrue(PortalClient.json(batch).getString("detail").contains("keep"), () -> text(batch));

    assertEquals(latestBefore, latestRecordId(admin), "nothing was sealed");
  }

  private static String latestRecordId(PortalClient client) throws Exception {
    var records = client.sealRecords();
    return records.isEmpty() ? "" : records.getJsonObject(0).getString("id");
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }
}
