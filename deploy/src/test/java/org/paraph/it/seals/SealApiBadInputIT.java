package org.paraph.it.seals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.SharedServer;
import org.paraph.it.support.TestPdfs;

/**
 * Every refusal is a problem document with a specific type and a reason a person can act on: never
 * a 500, never a stack trace.
 */
@ExtendWith(SharedServer.class)
class SealApiBadInputIT {

  @Test
  void notAPdf(ParaphServer server) throws Exception {
    assertProblem(
        seal(server, "Just some text, not a PDF".getBytes(StandardCharsets.UTF_8), Map.of()),
        422,
        "not-a-pdf");
  }

  @Test
  void anEmptyFile(ParaphServer server) throws Exception {
    assertProblem(seal(server, new byte[0], Map.of()), 422, "empty-document");
  }

  @Test
  void aFileLargerThanTheLimit(ParaphServer server) throws Exception {
    byte[] large = Arrays.copyOf(TestPdfs.a4(1), 10 * 1024 * 1024 + 1);
    assertProblem(seal(server, large, Map.of()), 413, "document-too-large");
  }

  @Test
  void aPdfThatCannotBeRead(ParaphServer server) throws Exception {
    byte[] broken =
        "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ngarbage"
            .getBytes(StandardCharsets.US_ASCII);
    assertProblem(seal(server, broken, Map.of()), 422, "unreadable-pdf");
  }

  @Test
  void anEncryptedPdf(ParaphServer server) throws Exception {
    Path work = Files.createTempDirectory(server.dataDir().getParent(), "encrypt-");
    Path plain = work.resolve("plain.pdf");
    Path encrypted = work.resolve("encrypted.pdf");
    Files.write(plain, TestPdfs.a4(1));
    Process qpdf =
        new ProcessBuilder(
                List.of(
                    "qpdf",
                    "--encrypt",
                    "user-secret",
                    "owner-secret",
                    "256",
                    "--",
                    plain.toString(),
                    encrypted.toString()))
            .redirectErrorStream(true)
            .start();
    assertTrue(qpdf.waitFor(1, TimeUnit.MINUTES));
    // qpdf exits 3 when it succeeded with warnings (PDFBox's object count), 0 without
    assertTrue(
        qpdf.exitValue() == 0 || qpdf.exitValue() == 3,
        new String(qpdf.getInputStream().readAllBytes()));

    assertProblem(seal(server, Files.readAllBytes(encrypted), Map.of()), 422, "encrypted-pdf");
  }

  @Test
  void aPlacementOffThePage(ParaphServer server) throws Exception {
    assertProblem(
        seal(
            server,
            TestPdfs.a4(1),
            Map.of("page", "1", "x", "500", "y", "800", "width", "200", "height", "80")),
        422,
        "placement-off-page");
  }

  @Test
  void aPageBeyondTheDocument(ParaphServer server) throws Exception {
    HttpResponse<byte[]> response =
        seal(
            server,
            TestPdfs.a4(1),
            Map.of("page", "3", "x", "10", "y", "10", "width", "100", "height", "50"));
    assertEquals(422, response.statusCode(), () -> new String(response.body()));
    assertProblemDocument(response);
  }

  @Test
  void anIncompletePlacement(ParaphServer server) throws Exception {
    assertProblem(
        seal(server, TestPdfs.a4(1), Map.of("page", "1", "x", "10")), 400, "invalid-placement");
  }

  @Test
  void anUnknownSeal(ParaphServer server) throws Exception {
    assertProblem(
        seal(server, TestPdfs.a4(1), Map.of("seal", "no-such-seal")), 422, "unknown-seal");
  }

  @Test
  void anUnknownLevel(ParaphServer server) throws Exception {
    assertProblem(seal(server, TestPdfs.a4(1), Map.of("level", "B-Z")), 400, "invalid-level");
  }

  @Test
  void noFilePart(ParaphServer server) throws Exception {
    PortalClient.Multipart body = new PortalClient.Multipart().text("level", "B-B");
    assertProblem(PortalClient.asAdmin(server).seal(body, null), 400, "missing-file");
  }

  @Test
  void aMisspeltOptionIsNamedNotIgnored(ParaphServer server) throws Exception {
    HttpResponse<byte[]> response = seal(server, TestPdfs.a4(1), Map.of("levle", "B-B"));
    assertProblem(response, 400, "unknown-parameter");
    assertTrue(new String(response.body(), StandardCharsets.UTF_8).contains("levle"));
  }

  @Test
  void twoFilesInOneRequest(ParaphServer server) throws Exception {
    PortalClient.Multipart body =
        new PortalClient.Multipart()
            .file("file", "one.pdf", TestPdfs.a4(1))
            .file("file", "two.pdf", TestPdfs.a4(1));
    assertProblem(PortalClient.asAdmin(server).seal(body, null), 400, "too-many-files");
  }

  @Test
  void wrongCredentials(ParaphServer server) throws Exception {
    HttpResponse<byte[]> response =
        new PortalClient(server, ParaphServer.ADMIN, "not-the-password")
            .seal(TestPdfs.a4(1), Map.of());
    assertProblem(response, 401, "unauthorized");
    assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
  }

  @Test
  void noCredentials(ParaphServer server) throws Exception {
    HttpResponse<String> response =
        PortalClient.anonymousGet(server, "/api/v1/seals/" + java.util.UUID.randomUUID());
    assertEquals(401, response.statusCode());
    assertTrue(response.body().contains("unauthorized"), response.body());
  }

  @Test
  void anUnknownSealRecord(ParaphServer server) throws Exception {
    HttpResponse<byte[]> response =
        PortalClient.asAdmin(server)
            .get("/api/v1/seals/" + java.util.UUID.randomUUID(), "application/json");
    assertProblem(response, 404, "seal-not-found");
  }

  @Test
  void refusalsLeaveNoSealRecordBehind(ParaphServer server) throws Exception {
    PortalClient client = PortalClient.asAdmin(server);
    int before = client.sealRecords().size();

    seal(server, "not a pdf".getBytes(StandardCharsets.UTF_8), Map.of());
    seal(server, TestPdfs.a4(1), Map.of("seal", "no-such-seal"));
    seal(
        server,
        TestPdfs.a4(1),
        Map.of("page", "1", "x", "590", "y", "10", "width", "100", "height", "50"));
    seal(server, Arrays.copyOf(TestPdfs.a4(1), 300), Map.of());

    assertEquals(
        before, client.sealRecords().size(), "no record, no document version for a refusal");
    seal(server, TestPdfs.a4(1), Map.of("level", "B-B"));
    assertEquals(before + 1, client.sealRecords().size(), "the listing counts what was sealed");
  }

  private static HttpResponse<byte[]> seal(
      ParaphServer server, byte[] content, Map<String, String> options)
      throws IOException, InterruptedException {
    return PortalClient.asAdmin(server).seal(content, options);
  }

  private static void assertProblem(HttpResponse<byte[]> response, int status, String type) {
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertEquals(status, response.statusCode(), body);
    JsonObject problem = assertProblemDocument(response);
    assertEquals("https://paraph.org/problems/" + type, problem.getString("type"), body);
    assertEquals(status, problem.getInt("status"));
  }

  private static JsonObject assertProblemDocument(HttpResponse<byte[]> response) {
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertEquals("application/problem+json", PortalClient.mediaType(response), body);
    JsonObject problem = PortalClient.json(response);
    assertFalse(problem.getString("title").isBlank());
    assertFalse(problem.getString("detail").isBlank());
    assertFalse(
        body.contains("Exception") || body.contains("\tat "),
        "no stack trace or exception name: " + body);
    return problem;
  }
}
