package org.paraph.it.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paraph.it.support.CallbackReceiver;
import org.paraph.it.support.PageSession;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.ParticipantMail;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.TestPdfs;
import org.paraph.it.support.WorkflowJson;

/**
 * The engine's timers in the running server: a participant who has not acted is reminded with a new
 * link, and the old one stops working; a workflow whose expiry date passes ends as expired, its
 * links answer 410, and the callback and the audit trail say so. Mail goes through a real SMTP
 * server (GreenMail).
 *
 * <p>The test no longer waits on real time: the server runs with {@code PARAPH_TEST_CLOCK=movable},
 * and the test reads the server's time and moves it forward past the reminder interval or the
 * expiry date through {@code /api/v1/admin/clock}, then waits for what a person would see (the
 * mail, the state, the callback). The clock endpoint itself (who may move the time, what it
 * refuses, the audit of each move) is checked here too.
 */
class WorkflowTimersIT {

  /** The shortest reminder interval the API accepts. */
  private static final String REMINDER_INTERVAL = "PT1M";

  /**
   * How long a due timer, and what it sends, may take after a move: the engine looks for due timers
   * every second with the movable clock, the outbox and callbacks every two. An upper bound for a
   * slow machine, not a wait: each wait ends as soon as what it waits for is there.
   */
  private static final Duration TIMER_WAIT = Duration.ofMinutes(1);

  private static final String CLOCK = "/api/v1/admin/clock";

  private static GreenMail mail;
  private static ParaphServer server;
  private static PortalClient sender;
  private static CallbackReceiver callbacks;

  @BeforeAll
  static void startMailAndPortal() throws Exception {
    mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    callbacks = new CallbackReceiver(0);
    server =
        ParaphServer.create(
                "workflow-timers",
                ParaphServer.mailingTo(
                    mail.getSmtp().getPort(),
                    Map.of(
                        // The callback receiver of this test listens on the loopback: allowed.
                        "PARAPH_FETCH_ALLOW",
                        "127.0.0.1",
                        // The test moves the server's time instead of waiting for it.
                        "PARAPH_TEST_CLOCK",
                        "movable")))
            .start();
    sender = PortalClient.asAdmin(server);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
    if (mail != null) {
      mail.stop();
    }
    if (callbacks != null) {
      callbacks.close();
    }
  }

  @Test
  void aParticipantWhoHasNotActedIsRemindedWithANewLinkAndTheOldOneIsRefused() throws Exception {
    String email = "reminded-" + Instant.now().toEpochMilli() + "@example.org";
    String id =
        start(
            WorkflowJson.named("Reminded")
                .document("a.pdf", TestPdfs.a4(1))
                .signer("Rita", "Remind", email, 1, 50)
                .set("reminderInterval", REMINDER_INTERVAL));
    MimeMessage invitation = awaitMail(email, 1, Duration.ofMinutes(1)).get(0);
    String firstLink = ParticipantMail.linkIn(ParticipantMail.bodyOf(invitation));
    HttpResponse<byte[]> invited = view(firstLink);
    assertEquals(200, invited.statusCode(), () -> text(invited));

    // Past the one-minute interval: the reminder falls due.
    advanceClock("PT2M");
    MimeMessage reminder = awaitMail(email, 2, TIMER_WAIT).get(1);
    assertTrue(reminder.getSubject().startsWith("Reminder"), reminder.getSubject());
    // A later reminder may already have replaced this one's link: use the newest mail's.
    List<MimeMessage> now = mailsTo(email);
    String newLink = ParticipantMail.linkIn(ParticipantMail.bodyOf(now.get(now.size() - 1)));
    assertNotEquals(firstLink, newLink, "a reminder carries a new link");

    HttpResponse<byte[]> old = view(firstLink);
    assertEquals(410, old.statusCode(), () -> "the replaced link is refused: " + text(old));
    assertTrue(
        old.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
        () -> text(old));
    JsonObject problem = PortalClient.json(old);
    assertTrue(problem.getString("type").endsWith("/link-replaced"), problem::toString);
    String detail = problem.getString("detail");
    assertTrue(
        detail.startsWith("This link was replaced by a newer one, sent to you in a reminder on ")
            && detail.endsWith(": use the most recent message."),
        detail);
    assertFalse(text(old).contains(newLink), "never the new link: " + text(old));
    assertFalse(text(old).contains(email), "never the address: " + text(old));
    HttpResponse<byte[]> current = view(newLink);
    assertEquals(200, current.statusCode(), () -> text(current));
    assertEquals("Rita", PortalClient.json(current).getString("name"));
    assertTrue(
        auditActions(id).contains("PARTICIPANT_REMINDED"), () -> auditActions(id).toString());

    // No more reminders once the workflow has ended.
    assertEquals(
        200,
        sender
            .post("/api/v1/workflows/" + id + "/cancel", null, null, "application/json")
            .statusCode());
  }

  @Test
  void aWorkflowWhoseExpiryPassesEndsExpiredAndItsLinkIsGone() throws Exception {
    String email = "expiring-" + Instant.now().toEpochMilli() + "@example.org";
    // An hour ahead of the server's time (which earlier moves may have put ahead of real time):
    // it stays open until the test moves the clock past it.
    Instant expiresAt = serverTime().plus(Duration.ofHours(1));
    String id =
        start(
            WorkflowJson.named("Expiring")
                .document("a.pdf", TestPdfs.a4(1))
                .signer("Ed", "Expire", email, 1, 50)
                .set("expiresAt", expiresAt.toString())
                .set("callbackUrl", callbacks.url()));
    String link =
        ParticipantMail.linkIn(
            ParticipantMail.bodyOf(awaitMail(email, 1, Duration.ofMinutes(1)).get(0)));

    JsonObject open = PortalClient.json(sender.get("/api/v1/workflows/" + id, "application/json"));
    assertTrue(serverTime().isBefore(expiresAt), "the server's time is still before the expiry");
    assertEquals("IN_PROGRESS", open.getString("state"), "open until its expiry date");

    advanceClock("PT1H1M");
    JsonObject workflow = awaitState(id, "EXPIRED");
    assertTrue(workflow.getString("endReason").contains("expired"), workflow::toString);

    HttpResponse<byte[]> gone = view(link);
    assertEquals(410, gone.statusCode(), () -> text(gone));
    assertTrue(
        PortalClient.json(gone).getString("type").endsWith("/link-no-longer-valid"), text(gone));
    assertTrue(text(gone).contains("expired"), () -> text(gone));
    HttpResponse<String> page = PortalClient.anonymousGet(server, "/sign/" + link);
    assertTrue(page.body().contains("This request has expired."), page::body);

    assertTrue(auditActions(id).contains("WORKFLOW_EXPIRED"), () -> auditActions(id).toString());
    awaitCallback(id, "workflow.expired");
  }

  @Test
  void anAdministratorReadsTheServersTimeAndMovesItForwardAndEachMoveIsAudited() throws Exception {
    JsonObject before = clock();
    assertTrue(before.getBoolean("movable"), before::toString);

    HttpResponse<byte[]> moved = sender.postJson(CLOCK, "{\"advance\":\"PT3S\"}");
    assertEquals(200, moved.statusCode(), () -> text(moved));
    JsonObject after = PortalClient.json(moved);
    assertEquals(
        Duration.parse(before.getString("offset")).plusSeconds(3),
        Duration.parse(after.getString("offset")),
        "the offset grows by the move");
    assertFalse(
        Instant.parse(after.getString("now"))
            .isBefore(Instant.parse(before.getString("now")).plusSeconds(3)),
        () -> before + " then " + after);

    HttpResponse<byte[]> audit =
        sender.get("/api/v1/audit/events?action=CLOCK_ADVANCED&format=json", "application/json");
    assertEquals(200, audit.statusCode(), () -> text(audit));
    List<JsonObject> moves =
        Json.createReader(new StringReader(new String(audit.body(), StandardCharsets.UTF_8)))
            .readArray()
            .getValuesAs(JsonObject.class);
    assertTrue(
        moves.stream()
            .anyMatch(
                e ->
                    e.getString("actor").equals(ParaphServer.ADMIN)
                        && movedBy(e.getString("details", "")).equals("PT3S")),
        () -> "the move, who made it and by how much are in the audit log: " + moves);
  }

  /**
   * How far a move went, from its audit details: a code and its parameters (by, from, to), so that
   * the audit page shows them in the reader's language.
   */
  private static String movedBy(String details) {
    if (!details.startsWith("{")) {
      return "";
    }
    JsonObject coded = Json.createReader(new StringReader(details)).readObject();
    return coded.getString("code").equals("clock.advanced")
        ? coded.getJsonArray("parameters").getString(0)
        : "";
  }

  @Test
  void onlyAnAdministratorMovesTheClockAndAFormOfAnotherSiteCannot() throws Exception {
    String username = "clock-user-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    String password = "Clock-User-Secret-" + username;
    HttpResponse<byte[]> created =
        sender.postJson(
            "/api/v1/users",
            Json.createObjectBuilder()
                .add("username", username)
                .add("displayName", "Clara Clock")
                .add("email", username + "@example.org")
                .add("password", password)
                .build()
                .toString());
    assertEquals(201, created.statusCode(), () -> text(created));
    PortalClient user = new PortalClient(server, username, password);
    Duration offset = Duration.parse(clock().getString("offset"));

    // The container refuses a role it does not hold, before the API: a status, as elsewhere.
    assertEquals(403, user.get(CLOCK, "application/json").statusCode());
    assertEquals(403, user.postJson(CLOCK, "{\"advance\":\"PT1M\"}").statusCode());
    assertRefused(401, PortalClient.anonymousGetBytes(server, CLOCK, "application/json"));
    assertRefused(401, PortalClient.anonymousPostJson(server, CLOCK, "{\"advance\":\"PT1M\"}"));

    // The administrator's browser session: without the pages' token, a post is refused.
    PageSession session =
        PageSession.logIn(server, ParaphServer.ADMIN, ParaphServer.ADMIN_PASSWORD);
    HttpResponse<byte[]> noToken =
        session.send(
            session
                .request(CLOCK)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"advance\":\"PT1M\"}")));
    assertRefused(403, noToken);
    assertEquals(
        "https://paraph.org/problems/csrf",
        PortalClient.json(noToken).getString("type"),
        () -> text(noToken));
    assertEquals(offset, Duration.parse(clock().getString("offset")), "nobody moved the clock");

    // With it, as the portal's own pages send it, the same session may.
    HttpResponse<byte[]> withToken =
        session.send(
            session
                .request(CLOCK)
                .header("Content-Type", "application/json")
                .header(PageSession.TOKEN_HEADER, session.token())
                .header("Origin", server.baseUrl())
                .POST(HttpRequest.BodyPublishers.ofString("{\"advance\":\"PT1S\"}")));
    assertEquals(200, withToken.statusCode(), () -> text(withToken));
    assertEquals(offset.plusSeconds(1), Duration.parse(clock().getString("offset")));
  }

  @Test
  void aMoveBackwardsOrOfNothingOrTooFarOrUnreadableIsRefused() throws Exception {
    Duration offset = Duration.parse(clock().getString("offset"));
    for (String body :
        List.of(
            "{\"advance\":\"-PT1M\"}",
            "{\"advance\":\"PT0S\"}",
            "{\"advance\":\"P401D\"}",
            "{\"advance\":\"two minutes\"}",
            "{\"advance\":\"\"}",
            "{}")) {
      HttpResponse<byte[]> refused = sender.postJson(CLOCK, body);
      assertRefused(400, refused);
      JsonObject problem = PortalClient.json(refused);
      assertTrue(problem.getString("type").endsWith("/invalid-parameter"), problem::toString);
      assertFalse(problem.getString("detail").isBlank(), problem::toString);
    }
    assertEquals(
        offset, Duration.parse(clock().getString("offset")), "a refused move changes nothing");
  }

  /** The server's clock: {@code now}, {@code movable}, {@code offset}. */
  private static JsonObject clock() throws Exception {
    HttpResponse<byte[]> clock = sender.get(CLOCK, "application/json");
    assertEquals(200, clock.statusCode(), () -> text(clock));
    return PortalClient.json(clock);
  }

  private static Instant serverTime() throws Exception {
    return Instant.parse(clock().getString("now"));
  }

  /** Moves the server's time forward, as the administrator, by an ISO-8601 duration. */
  private static void advanceClock(String duration) throws Exception {
    HttpResponse<byte[]> moved = sender.postJson(CLOCK, "{\"advance\":\"" + duration + "\"}");
    assertEquals(200, moved.statusCode(), () -> text(moved));
  }

  private static void assertRefused(int status, HttpResponse<byte[]> answer) {
    assertEquals(status, answer.statusCode(), () -> text(answer));
    assertEquals("application/problem+json", PortalClient.mediaType(answer), () -> text(answer));
  }

  private static String start(WorkflowJson workflow) throws Exception {
    HttpResponse<byte[]> created = sender.postJson("/api/v1/workflows", workflow.json());
    assertEquals(201, created.statusCode(), () -> text(created));
    return PortalClient.json(created).getString("id");
  }

  private static HttpResponse<byte[]> view(String link) throws Exception {
    return PortalClient.anonymousGetBytes(server, "/api/v1/sign/" + link, "application/json");
  }

  private static JsonObject awaitState(String id, String state) throws Exception {
    Instant deadline = Instant.now().plus(TIMER_WAIT);
    JsonObject workflow;
    do {
      workflow = PortalClient.json(sender.get("/api/v1/workflows/" + id, "application/json"));
      if (workflow.getString("state").equals(state)) {
        return workflow;
      }
      Thread.sleep(500);
    } while (Instant.now().isBefore(deadline));
    throw new AssertionError("still not " + state + ": " + workflow);
  }

  private static void awaitCallback(String id, String event) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(deadline)) {
      if (callbacks.accepted().stream()
          .anyMatch(c -> event.equals(c.event()) && c.body().contains(id))) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError(event + " for " + id + " never reached the callback URL");
  }

  private static List<String> auditActions(String id) {
    try {
      JsonObject events =
          PortalClient.json(
              sender.get("/api/v1/workflows/" + id + "/audit-trail", "application/json"));
      List<String> actions = new ArrayList<>();
      events.getJsonArray("events").forEach(e -> actions.add(e.asJsonObject().getString("action")));
      return actions;
    } catch (Exception e) {
      throw new AssertionError("no audit trail for " + id, e);
    }
  }

  private static List<MimeMessage> awaitMail(String recipient, int count, Duration timeout)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    List<MimeMessage> messages = mailsTo(recipient);
    while (messages.size() < count && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
      messages = mailsTo(recipient);
    }
    if (messages.size() < count) {
      throw new AssertionError(
          "expected " + count + " mails to " + recipient + ", got " + messages);
    }
    return messages;
  }

  private static List<MimeMessage> mailsTo(String recipient) {
    return List.of(mail.getReceivedMessagesForDomain(recipient));
  }

  private static String text(HttpResponse<byte[]> response) {
    return response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8);
  }
}
