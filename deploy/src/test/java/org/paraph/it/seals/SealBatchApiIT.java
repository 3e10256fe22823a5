package org.paraph.it.seals;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.paraph.it.support.IndependentChecks;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.PortalClient.Multipart;
import org.paraph.it.support.SealBatches;
import org.paraph.it.support.SharedServer;
import org.paraph.it.support.TestPdfs;

/**
 * Batches over the API: many documents sealed by the job queue, each with its own result; a
 * document that cannot be sealed fails alone, with its reason, and can be sent again.
 */
@ExtendWith(SharedServer.class)
class SealBatchApiIT {

  private static IndependentChecks checks;

  @BeforeAll
  static void trustThePortalsAnchors(ParaphServer server) throws Exception {
    String anchors = PortalClient.anonymousGet(server, "/api/v1/trust/anchors").body();
    checks =
        IndependentChecks.trusting(
            anchors, Files.createTempDirectory(server.dataDir().getParent(), "batch-"));
  }

  @Test
  void goodDocumentsAreSealedAndACorruptOneFailsAloneWithItsReason(ParaphServer server)
      throws Exception {
    PortalClient client = PortalClient.asAdmin(server);
    byte[] letter = TestPdfs.a4(1);
    byte[] contract = TestPdfs.a4(3);
    byte[] realWorld = Files.readAllBytes(corpus().resolve("franz.pdf"));
    byte[] notAPdf = "Minutes of the meeting, plain text\n".getBytes(StandardCharsets.UTF_8);
    Multipart body =
        new Multipart()
            .file("file", "letter.pdf", letter)
            .file("file", "notes.txt", notAPdf)
            .file("file", "contract.pdf", contract)
            .file("file", "franz.pdf", realWorld)
            .text("level", "B-T")
            .text("reason", "Certified copy");

    HttpResponse<byte[]> accepted = client.sealBatch(body);

    assertEquals(202, accepted.statusCode(), () -> new String(accepted.body()));
    JsonObject submitted = PortalClient.json(accepted);
    String id = submitted.getString("id");
    assertTrue(
        accepted.headers().firstValue("Location").orElse("").endsWith("/api/v1/seal-batches/" + id),
        accepted.headers().toString());
    assertEquals(4, submitted.getInt("total"));
    assertEquals(ParaphServer.ADMIN, submitted.getString("createdBy"));

    JsonObject batch = SealBatches.awaitComplete(client, id);

    assertEquals(4, batch.getInt("total"));
    assertEquals(3, batch.getInt("done"), batch::toString);
    assertEquals(1, batch.getInt("failed"), batch::toString);
    assertEquals(0, batch.getInt("pending"));
    assertEquals(100, batch.getInt("percent"));
    List<JsonObject> documents = batch.getJsonArray("documents").getValuesAs(JsonObject.class);
    assertEquals(
        List.of("letter.pdf", "notes.txt", "contract.pdf", "franz.pdf"),
        documents.stream().map(d -> d.getString("name")).toList(),
        "in the order given");

    JsonObject failed = documents.get(1);
    assertEquals("FAILED", failed.getString("state"));
    JsonObject error = failed.getJsonObject("error");
    assertEquals("https://paraph.org/problems/not-a-pdf", error.getString("type"));
    assertTrue(error.getString("detail").contains("not a PDF"), error.toString());
    assertFalse(failed.containsKey("links"), "nothing to download for a failed document");

    byte[][] originals = {letter, null, contract, realWorld};
    for (int i : new int[] {0, 2, 3}) {
      JsonObject done = documents.get(i);
      assertEquals("DONE", done.getString("state"), done::toString);
      JsonObject links = done.getJsonObject("links");
      JsonObject record =
          PortalClient.json(client.get(links.getString("seal"), "application/json"));
      assertEquals("B-T", record.getString("level"));
      assertEquals(ParaphServer.ADMIN, record.getString("sealedBy"), "who asked for the batch");
      HttpResponse<byte[]> sealed = client.get(links.getString("document"), null);
      assertEquals(200, sealed.statusCode());
      assertArrayEquals(
          originals[i],
          Arrays.copyOf(sealed.body(), originals[i].length),
          "the original bytes are a prefix of " + done.getString("name"));
      String report = checks.pdfsig(sealed.body());
      assertTrue(report.contains("Signature is Valid."), report);
      assertTrue(report.contains("Certificate is Trusted."), report);
      assertTrue(report.contains("Total document signed"), report);
    }
  }

  @Test
  void failedDocumentsCanBeSentAgain(ParaphServer server) throws Exception {
    PortalClient client = PortalClient.asAdmin(server);
    Multipart body =
        new Multipart()
            .file("file", "good.pdf", TestPdfs.a4(1))
            .file("file", "empty.pdf", new byte[0])
            .text("level", "B-B");
    String id = PortalClient.json(client.sealBatch(body)).getString("id");
    JsonObject first = SealBatches.awaitComplete(client, id);
    JsonObject emptyDocument = first.getJsonArray("documents").getJsonObject(1);
    assertEquals("FAILED", emptyDocument.getString("state"));
    assertEquals(
        "https://paraph.org/problems/empty-document",
        emptyDocument.getJsonObject("error").getString("type"));

    HttpResponse<byte[]> retried = client.post("/api/v1/seal-batches/" + id + "/retry");

    assertEquals(202, retried.statusCode(), () -> new String(retried.body()));
    JsonObject again = SealBatches.awaitComplete(client, id);
    JsonObject resent = again.getJsonArray("documents").getJsonObject(1);
    assertEquals("FAILED", resent.getString("state"), "the same content fails the same way");
    assertEquals(1, resent.getInt("attempts"), "attempts counted afresh");
    assertEquals("DONE", again.getJsonArray("documents").getJsonObject(0).getString("state"));
    assertEquals(
        first.getJsonArray("documents").getJsonObject(0).getJsonObject("links"),
        again.getJsonArray("documents").getJsonObject(0).getJsonObject("links"),
        "a sealed document is not sealed again");

    HttpResponse<byte[]> nothingFailed = client.post(sealedOnlyBatch(client) + "/retry");
    assertProblem(nothingFailed, 409, "nothing-to-retry");
  }

  @Test
  void badBatchesAreRefusedWithAProblem(ParaphServer server) throws Exception {
    PortalClient client = PortalClient.asAdmin(server);
    byte[] pdf = TestPdfs.a4(1);

    assertProblem(client.sealBatch(new Multipart().text("level", "B-B")), 400, "missing-file");
    assertProblem(
        client.sealBatch(new Multipart().file("file", "a.pdf", pdf).text("seal", "no-such-seal")),
        422,
        "unknown-seal");
    assertProblem(
        client.sealBatch(new Multipart().file("file", "a.pdf", pdf).text("levle", "B-B")),
        400,
        "unknown-parameter");
    assertProblem(
        client.sealBatch(new Multipart().file("file", "a.pdf", pdf).text("level", "B-X")),
        400,
        null);
    assertProblem(
        client.sealBatch(
            new Multipart()
                .file("file", "a.pdf", pdf)
                .text("format", "cades")
                .text("visible", "true")),
        400,
        null);

    Multipart tooMany = new Multipart();
    for (int i = 0; i <= 50; i++) {
      tooMany.file("file", "copy-" + i + ".pdf", pdf);
    }
    assertProblem(client.sealBatch(tooMany), 400, "too-many-files");

    byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(pdf, 0, tooLarge, 0, pdf.length);
    assertProblem(
        client.sealBatch(new Multipart().file("file", "big.pdf", tooLarge)),
        413,
        "document-too-large");

    assertProblem(
        client.get("/api/v1/seal-batches/00000000-0000-0000-0000-000000000000", null),
        404,
        "batch-not-found");
    assertProblem(client.get("/api/v1/seal-batches/not-an-id", null), 404, "batch-not-found");
    assertEquals(
        401,
        PortalClient.anonymousGet(server, sealedOnlyBatch(client)).statusCode(),
        "a batch is not public");
  }

  private static String sealedOnlyBatch(PortalClient client) throws Exception {
    HttpResponse<byte[]> response =
        client.sealBatch(
            new Multipart().file("file", "one.pdf", TestPdfs.a4(1)).text("level", "B-B"));
    String id = PortalClient.json(response).getString("id");
    SealBatches.awaitComplete(client, id);
    return "/api/v1/seal-batches/" + id;
  }

  private static void assertProblem(HttpResponse<byte[]> response, int status, String type) {
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertEquals(status, response.statusCode(), body);
    assertEquals("application/problem+json", PortalClient.mediaType(response), body);
    JsonObject problem = PortalClient.json(response);
    if (type != null) {
      assertEquals("https://paraph.org/problems/" + type, problem.getString("type"), body);
    }
    assertFalse(problem.getString("detail").isBlank(), body);
  }

  private static Path corpus() {
    Path dir = Path.of(System.getProperty("paraph.corpus.dir", "../../shared/corpus/pdfjs"));
    assertTrue(Files.isDirectory(dir), "the corpus is at " + dir.toAbsolutePath());
    return dir;
  }
}
