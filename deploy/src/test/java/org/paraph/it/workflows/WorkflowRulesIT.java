package org.paraph.it.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.ParticipantMail;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.SharedServer;
import org.paraph.it.support.TestPdfs;
import org.paraph.it.support.WorkflowJson;

/**
 * The rules around a workflow: bad requests are refused whole with a clear problem, a link locks
 * after five wrong codes until the sender resends it, a decline or a cancel ends the workflow and
 * its links. The shared server has no SMTP: participants' mail is read from its outbox folder.
 */
@ExtendWith(SharedServer.class)
class WorkflowRulesIT {

  @Test
  void badWorkflowsAreRefusedWithTheReasonAndNothingStarts(ParaphServer server) throws Exception {
    PortalClient sender = PortalClient.asAdmin(server);
    byte[] pdf = TestPdfs.a4(1);
    int before = workflows(sender);

    assertProblem(
        sender.postJson("/api/v1/workflows", WorkflowJson.named("No documents").json()),
        400,
        "invalid-workflow");
    assertProblem(
        sender.postJson(
            "/api/v1/workflows",
            WorkflowJson.named("Not a PDF")
                .document("notes.pdf", "just text".getBytes(StandardCharsets.UTF_8))
                .signer("A", "B", "a@example.org", 1, 50)
                .json()),
        422,
        null);
    assertProblem(
        sender.postJson(
            "/api/v1/workflows",
            WorkflowJson.named("Box off the page")
                .document("a.pdf", pdf)
                .signer("A", "B", "a@example.org", 1, 500)
                .json()),
        422,
        "placement-off-page");
    HttpResponse<byte[]> qualified =
        sender.postJson(
            "/api/v1/workflows",
            WorkflowJson.named("No trust service")
                .document("a.pdf", pdf)
                .qualifiedSigner("Q", "Person", "q@example.org", 1, 50)
                .json());
    assertProblem(qualified, 400, "invalid-workflow");
    String detail = PortalClient.json(qualified).getString("detail");
    assertTrue(
        detail.contains("qualified trust service") && detail.contains("none is configured"),
        detail);
    assertTrue(detail.contains("PARAPH_QES_CSC_URL"), detail);
    assertProblem(
        sender.postJson(
            "/api/v1/workflows",
            WorkflowJson.named("No such seal user")
                .document("a.pdf", pdf)
                .seal("nobody-by-that-name", 1)
                .json()),
        400,
        "invalid-workflow");
    assertProblem(
        sender.postJson(
            "/api/v1/workflows",
            WorkflowJson.named("From the loopback")
                // The shared server allows 127.0.0.1 (its test services live there); any other
                // loopback address stays refused.
                .documentAt("a.pdf", "http://127.0.0.2:" + server.port() + "/api/v1/trust/anchors")
                .signer("A", "B", "a@example.org", 1, 50)
                .json()),
        422,
        "document-not-fetched");
    assertProblem(
        sender.postJson(
            "/api/v1/workflows",
            WorkflowJson.named("Already expired")
                .document("a.pdf", pdf)
                .signer("A", "B", "a@example.org", 1, 50)
                .set("expiresAt", "2020-01-01T00:00:00Z")
                .json()),
        400,
        "invalid-workflow");
    assertProblem(
        sender.postJson(
            "/api/v1/workflows",
            WorkflowJson.named("Overlapping boxes")
                .document("a.pdf", pdf)
                .signer("A", "B", "a@example.org", 1, 50)
                .signer("C", "D", "c@example.org", 2, 150)
                .json()),
        400,
        "invalid-workflow");
    assertProblem(sender.postJson("/api/v1/workflows", "{\"name\": "), 400, null);

    assertEquals(before, workflows(sender), "a refused workflow leaves nothing behind");
  }

  @Test
  void fiveWrongCodesLockTheLinkUntilTheSenderSendsANewOne(ParaphServer server) throws Exception {
    long unique = Instant.now().toEpochMilli();
    String senderEmail = "sender-" + unique + "@example.org";
    PortalClient sender = newUser(server, "sender-" + unique, senderEmail);
    String email = "locked-" + unique + "@example.org";
    String id =
        start(
            sender,
            WorkflowJson.named("Locking")
                .document("a.pdf", TestPdfs.a4(1))
                .signer("Carol", "Lock", email, 1, 50));
    String link = ParticipantMail.linkIn(ParticipantMail.awaitOutbox(server, email, 1).get(0));
    post(server, link, "otp", null);
    String code = ParticipantMail.codeIn(ParticipantMail.awaitOutbox(server, email, 2).get(1));
    String wrong = code.equals("000000") ? "111111" : "000000";

    for (int tries = 4; tries >= 1; tries--) {
      HttpResponse<byte[]> refused = complete(server, link, wrong);
      assertProblem(refused, 422, "wrong-otp");
      assertTrue(text(refused).contains(tries + (tries == 1 ? " try" : " tries")), text(refused));
    }
    assertProblem(complete(server, link, wrong), 403, "link-locked");
    assertProblem(complete(server, link, code), 403, "link-locked");
    assertProblem(post(server, link, "otp", null), 403, "link-locked");
    assertEquals("LOCKED", participant(sender, id, 0).getString("state"));
    String told = ParticipantMail.awaitOutbox(server, senderEmail, 1).get(0);
    assertTrue(told.contains("Carol") && told.contains("locked"), told);
    assertTrue(told.contains("/app/workflows.xhtml"), told);
    assertFalse(told.contains(link), "the sender is never given the participant's link");

    String participantId = participant(sender, id, 0).getString("id");
    HttpResponse<byte[]> resent =
        sender.post(
            "/api/v1/workflows/" + id + "/participants/" + participantId + "/resend",
            null,
            null,
            "application/json");
    assertEquals(200, resent.statusCode(), () -> text(resent));
    String newLink = ParticipantMail.linkIn(ParticipantMail.awaitOutbox(server, email, 3).get(2));
    // The locked link was replaced: it says so, and when, but neither the new link nor the address.
    HttpResponse<byte[]> replaced = post(server, link, "otp", null);
    assertProblem(replaced, 410, "link-replaced");
    String detail = PortalClient.json(replaced).getString("detail");
    assertTrue(
        detail.startsWith("This link was replaced by a newer one, which the sender sent you on ")
            && detail.endsWith(": use the most recent message."),
        detail);
    assertFalse(text(replaced).contains(newLink), () -> text(replaced));
    assertFalse(text(replaced).contains(email), () -> text(replaced));
    assertFalse(text(replaced).contains("Locking"), () -> text(replaced));
    HttpResponse<byte[]> again = post(server, newLink, "otp", null);
    assertEquals(200, again.statusCode(), () -> text(again));
    String newCode = ParticipantMail.codeIn(ParticipantMail.awaitOutbox(server, email, 4).get(3));
    HttpResponse<byte[]> signed = complete(server, newLink, newCode);
    assertEquals(200, signed.statusCode(), () -> text(signed));
  }

  @Test
  void aDeclineEndsTheWorkflowAndTheNextParticipantIsNeverInvited(ParaphServer server)
      throws Exception {
    PortalClient sender = PortalClient.asAdmin(server);
    long stamp = Instant.now().toEpochMilli();
    String first = "decliner-" + stamp + "@example.org";
    String second = "never-" + stamp + "@example.org";
    String id =
        start(
            sender,
            WorkflowJson.named("Declining")
                .document("a.pdf", TestPdfs.a4(1))
                .signer("Dan", "Decline", first, 1, 50)
                .signer("Eve", "Never", second, 2, 320));
    String link = ParticipantMail.linkIn(ParticipantMail.awaitOutbox(server, first, 1).get(0));

    assertProblem(post(server, link, "decline", "{\"reason\": \"\"}"), 400, "invalid-signature");
    HttpResponse<byte[]> declined =
        post(server, link, "decline", "{\"reason\": \"The rent is wrong\"}");
    assertEquals(200, declined.statusCode(), () -> text(declined));

    JsonObject workflow = PortalClient.json(sender.get("/api/v1/workflows/" + id, null));
    assertEquals("DECLINED", workflow.getString("state"));
    assertTrue(workflow.getString("endReason").contains("The rent is wrong"), workflow::toString);
    assertEquals("DECLINED", participant(sender, id, 0).getString("state"));
    assertEquals("WAITING", participant(sender, id, 1).getString("state"));
    assertProblem(post(server, link, "otp", null), 410, "link-no-longer-valid");
  }

  @Test
  void aCancelledWorkflowsLinksStopWorking(ParaphServer server) throws Exception {
    PortalClient sender = PortalClient.asAdmin(server);
    String email = "cancelled-" + Instant.now().toEpochMilli() + "@example.org";
    String id =
        start(
            sender,
            WorkflowJson.named("Cancelling")
                .document("a.pdf", TestPdfs.a4(1))
                .signer("Fay", "Cancel", email, 1, 50));
    String link = ParticipantMail.linkIn(ParticipantMail.awaitOutbox(server, email, 1).get(0));

    HttpResponse<byte[]> cancelled =
        sender.post("/api/v1/workflows/" + id + "/cancel", null, null, "application/json");
    assertEquals(200, cancelled.statusCode(), () -> text(cancelled));
    assertEquals("CANCELLED", PortalClient.json(cancelled).getString("state"));

    HttpResponse<byte[]> view =
        PortalClient.anonymousGetBytes(server, "/api/v1/sign/" + link, "application/json");
    assertProblem(view, 410, "link-no-longer-valid");
    assertProblem(
        sender.post("/api/v1/workflows/" + id + "/cancel", null, null, "application/json"),
        409,
        "workflow-not-open");
  }

  @Test
  void anUnknownLinkIsNotFoundAndTellsNothing(ParaphServer server) throws Exception {
    assertProblem(
        PortalClient.anonymousGetBytes(
            server, "/api/v1/sign/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "application/json"),
        404,
        "unknown-link");
    assertProblem(
        PortalClient.anonymousGetBytes(
            server, "/api/v1/workflows/00000000-0000-0000-0000-000000000000", "application/json"),
        401,
        null);
  }

  private static String start(PortalClient sender, WorkflowJson workflow) throws Exception {
    HttpResponse<byte[]> created = sender.postJson("/api/v1/workflows", workflow.json());
    assertEquals(201, created.statusCode(), () -> text(created));
    return PortalClient.json(created).getString("id");
  }

  private static JsonObject participant(PortalClient sender, String id, int index)
      throws Exception {
    return PortalClient.json(sender.get("/api/v1/workflows/" + id, "application/json"))
        .getJsonArray("participants")
        .getJsonObject(index);
  }

  private static int workflows(PortalClient sender) throws Exception {
    HttpResponse<byte[]> list = sender.get("/api/v1/workflows?limit=500", "application/json");
    assertEquals(200, list.statusCode(), () -> text(list));
    return jakarta.json.Json.createReader(new java.io.ByteArrayInputStream(list.body()))
        .readArray()
        .size();
  }

  private static HttpResponse<byte[]> post(
      ParaphServer server, String link, String action, String json) throws Exception {
    return json == null
        ? PortalClient.anonymousPost(
            server, "/api/v1/sign/" + link + "/" + action, null, null, "application/json")
        : PortalClient.anonymousPostJson(server, "/api/v1/sign/" + link + "/" + action, json);
  }

  private static HttpResponse<byte[]> complete(ParaphServer server, String link, String otp)
      throws Exception {
    return post(
        server,
        link,
        "complete",
        "{\"otp\": \"" + otp + "\", \"signature\": {\"mode\": \"typed\", \"text\": \"Me\"}}");
  }

  private static void assertProblem(HttpResponse<byte[]> response, int status, String type) {
    assertEquals(status, response.statusCode(), () -> text(response));
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        () -> "a problem document: " + text(response));
    if (type != null) {
      String actual = PortalClient.json(response).getString("type");
      assertTrue(actual.endsWith("/" + type), () -> "type " + type + ": " + text(response));
    }
  }

  private static String text(HttpResponse<byte[]> response) {
    return response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8);
  }

  /** A portal user with an e-mail address, who sends workflows of their own. */
  private static PortalClient newUser(ParaphServer server, String username, String email)
      throws Exception {
    String password = "Pw-" + username + "-long";
    HttpResponse<byte[]> created =
        PortalClient.asAdmin(server)
            .postJson(
                "/api/v1/users",
                Json.createObjectBuilder()
                    .add("username", username)
                    .add("displayName", "Sender " + username)
                    .add("email", email)
                    .add("password", password)
                    .build()
                    .toString());
    assertEquals(201, created.statusCode(), () -> text(created));
    return new PortalClient(server, username, password);
  }
}
