package org.paraph.it.attacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.paraph.it.support.Bombs;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.ParticipantMail;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.SharedServer;
import org.paraph.it.support.TestPdfs;
import org.paraph.it.support.WorkflowJson;

/**
 * Resource exhaustion, tried as an attacker would against the running portal: decompression bombs
 * (a few hundred kilobytes of Flate that inflate past the limit) sent to the sealing API and to the
 * anonymous verification, images declaring gigapixels as a workflow's logo and as a drawn
 * signature, and bodies larger than any configured upload. Each is refused with a problem document
 * before it costs the server its memory: nothing is recorded, the log has no OutOfMemoryError, and
 * seals keep being made while the bombs arrive.
 */
@ExtendWith(SharedServer.class)
class ResourceExhaustionIT {

  private static final long MB = 1024 * 1024;

  /** The server's default decoding limit: eight times PARAPH_MAX_UPLOAD_MB (10). */
  private static final long DECODED_LIMIT = 80 * MB;

  /** A little over it, so the bombs stay quick to make and to refuse. */
  private static final long OVER = DECODED_LIMIT + MB;

  /** The default request limit: a batch's 50 MB in base64, plus 1 MB. */
  private static final long REQUEST_LIMIT = 68 * MB;

  static Stream<Arguments> pdfBombs() {
    return Stream.of(
        Arguments.of("page content", (LongFunction<byte[]>) Bombs::pageContent),
        Arguments.of("cross-reference stream", (LongFunction<byte[]>) Bombs::crossReferenceStream),
        Arguments.of("object stream", (LongFunction<byte[]>) Bombs::objectStream));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pdfBombs")
  void aPdfBombIsRefusedBySealingAndByTheAnonymousVerification(
      String kind, LongFunction<byte[]> bomb, ParaphServer server) throws Exception {
    byte[] pdf = bomb.apply(OVER);
    assertTrue(pdf.length < MB, "a bomb is small on the wire: " + pdf.length + " bytes");
    PortalClient admin = PortalClient.asAdmin(server);
    int recordsBefore = admin.sealRecords().size();

    assertProblem(admin.seal(pdf, Map.of()), 422, "pdf-too-complex");
    assertProblem(
        admin.seal(pdf, Map.of("page", "1", "x", "36", "y", "36", "width", "200", "height", "60")),
        422,
        "pdf-too-complex");
    assertProblem(verifyAnonymously(server, pdf), 422, "pdf-too-complex");

    assertEquals(recordsBefore, admin.sealRecords().size(), "no seal was recorded");
    assertNoOutOfMemory(server);
  }

  @Test
  void sealsAreStillMadeWhileBombsArriveAndAfter(ParaphServer server) throws Exception {
    PortalClient admin = PortalClient.asAdmin(server);
    List<byte[]> bombs =
        List.of(
            Bombs.pageContent(OVER), Bombs.crossReferenceStream(OVER), Bombs.objectStream(OVER));
    AtomicBoolean bombing = new AtomicBoolean(true);
    ExecutorService honest = Executors.newSingleThreadExecutor();
    try {
      Future<List<Integer>> honestAnswers =
          honest.submit(
              () -> {
                List<Integer> statuses = new ArrayList<>();
                // Started before the bombs are done, so at least one seal is asked for meanwhile.
                do {
                  statuses.add(admin.seal(TestPdfs.a4(1), Map.of()).statusCode());
                } while (bombing.get());
                return statuses;
              });
      try {
        for (int round = 0; round < 2; round++) {
          for (byte[] bomb : bombs) {
            assertProblem(admin.seal(bomb, Map.of()), 422, "pdf-too-complex");
            assertProblem(verifyAnonymously(server, bomb), 422, "pdf-too-complex");
          }
        }
      } finally {
        bombing.set(false);
      }
      List<Integer> statuses = honestAnswers.get();
      assertFalse(statuses.isEmpty());
      assertTrue(
          statuses.stream().allMatch(status -> status == 200),
          "every honest seal during the bombs was made: " + statuses);
    } finally {
      honest.shutdownNow();
    }

    HttpResponse<byte[]> after = admin.seal(TestPdfs.a4(1), Map.of());
    assertEquals(200, after.statusCode(), () -> text(after));
    assertNoOutOfMemory(server);
  }

  @Test
  void aWorkflowLogoDeclaringGigapixelsIsRefusedFromItsHeader(ParaphServer server)
      throws Exception {
    String json =
        Json.createObjectBuilder(
                Json.createReader(
                        new java.io.StringReader(
                            WorkflowJson.named("Logo bomb")
                                .document("contract.pdf", TestPdfs.a4(1))
                                .signer("Eve", "Attacker", "eve.logo@example.org", 1, 300)
                                .json()))
                    .readObject())
            .add(
                "branding",
                Json.createObjectBuilder()
                    .add(
                        "logoBase64",
                        Base64.getEncoder().encodeToString(Bombs.png(40_000, 40_000))))
            .build()
            .toString();

    HttpResponse<byte[]> refused = PortalClient.asAdmin(server).postJson("/api/v1/workflows", json);

    assertProblem(refused, 422, "image-too-large");
    assertTrue(text(refused).contains("40000 x 40000 pixels"), () -> text(refused));
    HttpResponse<byte[]> workflows =
        PortalClient.asAdmin(server).get("/api/v1/workflows?limit=500", "application/json");
    assertEquals(200, workflows.statusCode(), () -> text(workflows));
    assertFalse(text(workflows).contains("Logo bomb"), "no workflow was created");
    assertNoOutOfMemory(server);
  }

  @Test
  void aDrawnSignatureDeclaringGigapixelsIsRefusedFromItsHeader(ParaphServer server)
      throws Exception {
    String email = "mallory.drawn@example.org";
    HttpResponse<byte[]> created =
        PortalClient.asAdmin(server)
            .postJson(
                "/api/v1/workflows",
                WorkflowJson.named("Drawn bomb")
                    .document("contract.pdf", TestPdfs.a4(1))
                    .signer("Mallory", "Drawer", email, 1, 300)
                    .json());
    assertEquals(201, created.statusCode(), () -> text(created));
    String link = ParticipantMail.linkIn(ParticipantMail.awaitOutbox(server, email, 1).get(0));
    HttpResponse<byte[]> asked =
        PortalClient.anonymousPost(
            server, "/api/v1/sign/" + link + "/otp", null, null, "application/json");
    assertEquals(200, asked.statusCode(), () -> text(asked));
    String code = ParticipantMail.codeIn(ParticipantMail.awaitOutbox(server, email, 2).get(1));
    String stateBefore = participantState(server, link);

    String body =
        Json.createObjectBuilder()
            .add("otp", code)
            .add(
                "signature",
                Json.createObjectBuilder()
                    .add("mode", "drawn")
                    .add(
                        "png",
                        "data:image/png;base64,"
                            + Base64.getEncoder().encodeToString(Bombs.png(40_000, 40_000))))
            .build()
            .toString();
    HttpResponse<byte[]> refused =
        PortalClient.anonymousPostJson(server, "/api/v1/sign/" + link + "/complete", body);

    assertProblem(refused, 422, "image-too-large");
    assertEquals(stateBefore, participantState(server, link), "the participant has not signed");
    assertNoOutOfMemory(server);
  }

  @Test
  void aBodyLargerThanAnyUploadIsRefusedBeforeItIsRead(ParaphServer server) throws Exception {
    long announced = REQUEST_LIMIT + MB;
    String basic =
        Base64.getEncoder()
            .encodeToString(
                (ParaphServer.ADMIN + ":" + ParaphServer.ADMIN_PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));

    String verification = announce(server, "/api/v1/verifications", announced, null);
    String sealing = announce(server, "/api/v1/seals", announced, "Basic " + basic);
    String page = announce(server, "/verify.xhtml", announced, null);

    for (String api : List.of(verification, sealing)) {
      assertTrue(api.startsWith("HTTP/1.1 413"), api);
      assertTrue(api.contains("application/problem+json"), api);
      assertTrue(api.contains("/problems/request-too-large"), api);
      assertTrue(api.contains("at most 68 MB in one request"), api);
    }
    assertTrue(page.startsWith("HTTP/1.1 413"), page);
    assertTrue(page.contains("larger than the portal accepts"), page);
  }

  /**
   * Announces a body of {@code length} bytes, sends only its first kilobyte, and returns the
   * answer: what an attacker with a slow, huge upload would see.
   */
  private static String announce(
      ParaphServer server, String path, long length, String authorization) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(60_000);
      StringBuilder request =
          new StringBuilder("POST " + path + " HTTP/1.1\r\n")
              .append("Host: 127.0.0.1:")
              .append(server.port())
              .append("\r\n")
              .append("Content-Type: multipart/form-data; boundary=bomb\r\n")
              .append("Content-Length: ")
              .append(length)
              .append("\r\n")
              .append("Accept: application/json\r\n");
      if (authorization != null) {
        request.append("Authorization: ").append(authorization).append("\r\n");
      }
      request.append("\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
      out.write(new byte[1024]);
      out.flush();
      return answer(socket.getInputStream());
    }
  }

  /**
   * What the server answered, read until the end of its body ("}" of a problem document, the end of
   * a page) or of the connection, whichever comes first: the server need not wait for the body it
   * refused.
   */
  private static String answer(InputStream in) throws IOException {
    StringBuilder answer = new StringBuilder();
    byte[] buffer = new byte[8192];
    while (true) {
      int headersEnd = answer.indexOf("\r\n\r\n");
      String body = headersEnd < 0 ? "" : answer.substring(headersEnd);
      if (body.contains("</html>") || body.contains("\"}")) {
        return answer.toString();
      }
      int n = in.read(buffer);
      if (n < 0) {
        return answer.toString();
      }
      answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
    }
  }

  private static HttpResponse<byte[]> verifyAnonymously(ParaphServer server, byte[] pdf)
      throws IOException, InterruptedException {
    PortalClient.Multipart body = new PortalClient.Multipart().file("file", "bomb.pdf", pdf);
    return PortalClient.anonymousPost(
        server, "/api/v1/verifications", body.contentType(), body.bytes(), "application/json");
  }

  private static String participantState(ParaphServer server, String link) throws Exception {
    HttpResponse<byte[]> view =
        PortalClient.anonymousGetBytes(server, "/api/v1/sign/" + link, "application/json");
    assertEquals(200, view.statusCode(), () -> text(view));
    return PortalClient.json(view).getString("state");
  }

  private static void assertProblem(HttpResponse<byte[]> response, int status, String type) {
    assertEquals(status, response.statusCode(), () -> text(response));
    assertEquals(Problems.TYPE, PortalClient.mediaType(response), () -> text(response));
    JsonObject problem = PortalClient.json(response);
    assertEquals(type, problem.getString("type").replaceAll(".*/", ""), () -> text(response));
    assertFalse(problem.getString("detail").isBlank());
  }

  private static void assertNoOutOfMemory(ParaphServer server) throws IOException {
    assertFalse(server.log().contains("OutOfMemoryError"), "the server ran out of memory");
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  private static final class Problems {
    static final String TYPE = "application/problem+json";
  }
}
