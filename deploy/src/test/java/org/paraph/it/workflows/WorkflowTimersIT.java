package org.paraph.it.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
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
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.ParticipantMail;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.TestPdfs;
import org.paraph.it.support.WorkflowJson;

/**
 * The engine's timers in the running server, on real time: a participant who has not acted is
 * reminded with a new link, and the old one stops working; a workflow whose expiry date passes ends
 * as expired, its links answer 410, and the callback and the audit trail say so. Mail goes through
 * a real SMTP server (GreenMail).
 */
class WorkflowTimersIT {

  /** The shortest reminder interval the API accepts. */
  private static final String REMINDER_INTERVAL = "PT1M";

  /** Timers fall due on real time, and the engine looks for due ones every few seconds. */
  private static final Duration TIMER_WAIT = Duration.ofMinutes(4);

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
                    // The callback receiver of this test listens on the loopback: allowed by name.
                    Map.of("PARAPH_FETCH_ALLOW", "127.0.0.1")))
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
    // Far enough ahead that a slow machine still creates it in time.
    Instant expiresAt = Instant.now().plusSeconds(60);
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
    if (Instant.now().isBefore(expiresAt.minusSeconds(5))) {
      assertEquals("IN_PROGRESS", open.getString("state"), "open until its expiry date");
    }

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
