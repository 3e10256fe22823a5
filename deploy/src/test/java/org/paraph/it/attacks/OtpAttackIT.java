package org.paraph.it.attacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.paraph.it.support.MailingPortal;
import org.paraph.it.support.Metrics;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.ParticipantMail;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.RefusingGreenMail;
import org.paraph.it.support.SharedMailingServer;
import org.paraph.it.support.TestPdfs;
import org.paraph.it.support.WorkflowJson;

/**
 * Whoever holds a participant's link, as an attacker would use it against the running portal: 50
 * wrong codes sent at once are counted one after the other (five evaluations, then the link is
 * locked and the sender told once), and asking for codes over and over (SMS toll fraud, a flooded
 * mailbox) stops at the limit with 429 and {@code Retry-After}, nothing sent. Mail goes to a real
 * SMTP server (GreenMail), so the test counts what reached each mailbox.
 */
@ExtendWith(SharedMailingServer.class)
class OtpAttackIT {

  private static final int ATTACKERS = 50;

  private static RefusingGreenMail mail;
  private static ParaphServer server;
  private static PortalClient admin;

  // HTTP/1.1: one connection per request in flight, as a script firing requests in parallel does.
  private static final HttpClient ATTACKER =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void connect(MailingPortal portal) {
    mail = portal.mail();
    server = portal.server();
    admin = PortalClient.asAdmin(server);
  }

  @Test
  void fiftyWrongCodesAtOnceAreFiveEvaluationsThenTheLinkIsLockedAndTheSenderToldOnce()
      throws Exception {
    long stamp = Instant.now().toEpochMilli();
    String senderEmail = "guessed-sender-" + stamp + "@example.org";
    PortalClient sender = newUser("guessed-sender-" + stamp, senderEmail);
    String victim = "guessed-" + stamp + "@example.org";
    String id =
        start(
            sender,
            WorkflowJson.named("Guessed " + stamp)
                .document("contract.pdf", TestPdfs.a4(1))
                .signer("Gail", "Guessed", victim, 1, 50));
    String link = ParticipantMail.linkIn(body(awaitMail(victim, 1).get(0)));
    assertEquals(200, requestCode(link).statusCode());
    String code = ParticipantMail.codeIn(body(awaitMail(victim, 2).get(1)));
    String wrong = code.equals("000000") ? "111111" : "000000";
    Metrics before = Metrics.of(server);

    List<HttpResponse<byte[]>> answers = atOnce(ATTACKERS, () -> complete(link, wrong));

    // Four wrong tries, each told how many are left; the fifth locks; the other 45 find it locked.
    Map<String, Long> byType = countByStatusAndType(answers);
    assertEquals(
        Map.of("403 link-locked", 46L, "422 wrong-otp", 4L),
        byType,
        () -> "answers to " + ATTACKERS + " wrong codes at once: " + byType);
    List<String> triesLeft =
        answers.stream()
            .filter(a -> a.statusCode() == 422)
            .map(a -> PortalClient.json(a).getString("detail").replaceAll("\\D+", ""))
            .sorted()
            .toList();
    assertEquals(List.of("1", "2", "3", "4"), triesLeft, "each count of tries left once");

    // Exactly five evaluations reached the audit log: four failures and the lock.
    List<JsonObject> failures = events(id, "OTP_FAILED");
    assertEquals(4, failures.size(), failures::toString);
    List<JsonObject> locks = events(id, "LINK_LOCKED");
    assertEquals(1, locks.size(), locks::toString);

    // The right code is refused now, and no code can be asked for.
    assertProblem(complete(link, code), 403, "link-locked");
    assertProblem(requestCode(link), 403, "link-locked");
    assertEquals("LOCKED", participant(sender, id, 0).getString("state"));
    assertEquals("IN_PROGRESS", workflow(sender, id).getString("state"), "nothing was signed");

    // The sender got one mail about the lock, and none is waiting to be sent.
    String told = body(awaitMail(senderEmail, 1).get(0));
    assertTrue(told.contains("Gail") && told.contains("locked"), told);
    assertEquals(List.of(), undeliveredTo(senderEmail), "nothing waits to be sent");
    assertEquals(1, mailsTo(senderEmail).size(), "the sender is told once, not 46 times");

    // The operator's metrics count the same five evaluations, and the link stays locked.
    Metrics after =
        Metrics.awaitShowing(
            server,
            m ->
                m.value("paraph_participant_links_locked")
                    == before.value("paraph_participant_links_locked") + 1,
            "one more locked link");
    for (Map.Entry<String, Integer> outcome : Map.of("wrong", 4, "locked", 1).entrySet()) {
      String[] labels = {"outcome", outcome.getKey()};
      assertEquals(
          outcome.getValue(),
          after.value("paraph_otp_checks_total", labels)
              - before.value("paraph_otp_checks_total", labels),
          0.0,
          () -> outcome.getKey() + " codes counted:\n" + after.text());
    }
  }

  @Test
  void askingForCodesOverAndOverStopsAtThreeWithRetryAfterAndNothingSent() throws Exception {
    long stamp = Instant.now().toEpochMilli();
    String senderEmail = "flood-sender-" + stamp + "@example.org";
    PortalClient sender = newUser("flood-sender-" + stamp, senderEmail);
    String patient = "asks-one-by-one-" + stamp + "@example.org";
    String script = "asks-all-at-once-" + stamp + "@example.org";
    String id =
        start(
            sender,
            WorkflowJson.named("Flooded " + stamp)
                .document("contract.pdf", TestPdfs.a4(1))
                .signer("Pat", "Patient", patient, 1, 50, 450)
                .signer("Sam", "Script", script, 1, 50, 600));

    // One by one: three codes arrive, the fourth request is refused and sends nothing.
    String link = ParticipantMail.linkIn(body(awaitMail(patient, 1).get(0)));
    for (int asked = 1; asked <= 3; asked++) {
      HttpResponse<byte[]> sent = requestCode(link);
      assertEquals(200, sent.statusCode(), () -> text(sent));
      awaitMail(patient, 1 + asked);
    }
    HttpResponse<byte[]> fourth = requestCode(link);
    assertRateLimited(fourth);
    String detail = PortalClient.json(fourth).getString("detail");
    assertTrue(
        detail.startsWith("You have asked for 3 codes in the last 10 minutes")
            && detail.matches(
                ".*ask for a new one after \\d\\d:\\d\\d UTC \\(in \\d+ minutes?\\)\\."),
        detail);
    assertEquals(3, events(id, "OTP_SENT", patient).size(), "three codes sent, not four");
    assertEquals(List.of(), undeliveredTo(patient), "nothing waits to be sent");
    List<MimeMessage> received = mailsTo(patient);
    assertEquals(4, received.size(), "the invitation and three codes, no fourth code");

    // The refusal changed nothing: the latest code still signs.
    String latest = ParticipantMail.codeIn(body(received.get(3)));
    HttpResponse<byte[]> signed = complete(link, latest);
    assertEquals(200, signed.statusCode(), () -> text(signed));

    // All at once, as a script would: the limit holds for requests in flight together.
    String scriptLink = ParticipantMail.linkIn(body(awaitMail(script, 1).get(0)));
    List<HttpResponse<byte[]>> burst = atOnce(10, () -> requestCode(scriptLink));
    Map<String, Long> byStatus = countByStatusAndType(burst);
    assertEquals(Map.of("200 -", 3L, "429 otp-rate-limited", 7L), byStatus, byStatus::toString);
    burst.stream().filter(a -> a.statusCode() == 429).forEach(OtpAttackIT::assertRateLimited);
    assertEquals(3, events(id, "OTP_SENT", script).size(), "three codes sent of ten asked for");
    awaitMail(script, 4);
    assertEquals(List.of(), undeliveredTo(script), "nothing waits to be sent");
    assertEquals(4, mailsTo(script).size(), "the invitation and three codes");

    // A new link from the sender starts a fresh budget.
    String participantId = participant(sender, id, 1).getString("id");
    HttpResponse<byte[]> resent =
        sender.post(
            "/api/v1/workflows/" + id + "/participants/" + participantId + "/resend",
            null,
            null,
            "application/json");
    assertEquals(200, resent.statusCode(), () -> text(resent));
    String newLink = ParticipantMail.linkIn(body(awaitMail(script, 5).get(4)));
    HttpResponse<byte[]> again = requestCode(newLink);
    assertEquals(200, again.statusCode(), () -> text(again));
    String code = ParticipantMail.codeIn(body(awaitMail(script, 6).get(5)));
    HttpResponse<byte[]> scriptSigned = complete(newLink, code);
    assertEquals(200, scriptSigned.statusCode(), () -> text(scriptSigned));
  }

  private static void assertRateLimited(HttpResponse<byte[]> response) {
    assertProblem(response, 429, "otp-rate-limited");
    String retryAfter = response.headers().firstValue("Retry-After").orElse("");
    assertTrue(retryAfter.matches("\\d+"), () -> "Retry-After in seconds: '" + retryAfter + "'");
    long seconds = Long.parseLong(retryAfter);
    assertTrue(seconds >= 1 && seconds <= 600, () -> "within the 10-minute window: " + seconds);
  }

  /** The answers to {@code count} copies of one request, released together. */
  private static List<HttpResponse<byte[]>> atOnce(
      int count, Callable<HttpResponse<byte[]>> request) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(count);
    try {
      CountDownLatch ready = new CountDownLatch(count);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<HttpResponse<byte[]>>> pending = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        pending.add(
            threads.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return request.call();
                }));
      }
      ready.await();
      go.countDown();
      List<HttpResponse<byte[]>> answers = new ArrayList<>();
      for (Future<HttpResponse<byte[]>> answer : pending) {
        answers.add(answer.get());
      }
      return answers;
    } finally {
      threads.shutdownNow();
    }
  }

  private static Map<String, Long> countByStatusAndType(List<HttpResponse<byte[]>> answers) {
    return answers.stream()
        .map(
            a ->
                a.statusCode()
                    + " "
                    + (a.statusCode() == 200
                        ? "-"
                        : PortalClient.json(a).getString("type").replaceAll(".*/", "")))
        .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
  }

  private static HttpResponse<byte[]> requestCode(String link) throws Exception {
    return ATTACKER.send(
        HttpRequest.newBuilder(server.uri("/api/v1/sign/" + link + "/otp"))
            .timeout(Duration.ofMinutes(2))
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static HttpResponse<byte[]> complete(String link, String otp) throws Exception {
    String body =
        Json.createObjectBuilder()
            .add("otp", otp)
            .add("signature", Json.createObjectBuilder().add("mode", "typed").add("text", "Me"))
            .build()
            .toString();
    return ATTACKER.send(
        HttpRequest.newBuilder(server.uri("/api/v1/sign/" + link + "/complete"))
            .timeout(Duration.ofMinutes(2))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The audit events of one action on the workflow, optionally about one participant. */
  private static List<JsonObject> events(String workflowId, String action, String... participant)
      throws Exception {
    String query =
        "workflow="
            + workflowId
            + "&action="
            + action
            + (participant.length == 0
                ? ""
                : "&participant=" + URLEncoder.encode(participant[0], StandardCharsets.UTF_8));
    HttpResponse<byte[]> response = admin.get("/api/v1/audit/events?" + query, "application/json");
    assertEquals(200, response.statusCode(), () -> text(response));
    return array(response).stream().map(JsonValue::asJsonObject).toList();
  }

  private static List<JsonObject> undeliveredTo(String recipient) throws Exception {
    HttpResponse<byte[]> response = admin.get("/api/v1/messages", "application/json");
    assertEquals(200, response.statusCode(), () -> text(response));
    return array(response).stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.getString("recipient").equals(recipient))
        .toList();
  }

  private static List<MimeMessage> mailsTo(String recipient) {
    return List.of(mail.getReceivedMessagesForDomain(recipient));
  }

  private static List<MimeMessage> awaitMail(String recipient, int count) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
    List<MimeMessage> messages = mailsTo(recipient);
    while (messages.size() < count && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      messages = mailsTo(recipient);
    }
    assertTrue(messages.size() >= count, "expected " + count + " mails to " + recipient);
    return messages;
  }

  private static String body(MimeMessage message) {
    return ParticipantMail.bodyOf(message);
  }

  private static String start(PortalClient sender, WorkflowJson workflow) throws Exception {
    HttpResponse<byte[]> created = sender.postJson("/api/v1/workflows", workflow.json());
    assertEquals(201, created.statusCode(), () -> text(created));
    return PortalClient.json(created).getString("id");
  }

  private static JsonObject workflow(PortalClient sender, String id) throws Exception {
    return PortalClient.json(sender.get("/api/v1/workflows/" + id, "application/json"));
  }

  private static JsonObject participant(PortalClient sender, String id, int index)
      throws Exception {
    return workflow(sender, id).getJsonArray("participants").getJsonObject(index);
  }

  /** A portal user with an e-mail address, who sends workflows of their own. */
  private static PortalClient newUser(String username, String email) throws Exception {
    String password = "Pw-" + username + "-long";
    HttpResponse<byte[]> created =
        admin.postJson(
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

  private static void assertProblem(HttpResponse<byte[]> response, int status, String type) {
    assertEquals(status, response.statusCode(), () -> text(response));
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        () -> "a problem document: " + text(response));
    String actual = PortalClient.json(response).getString("type");
    assertTrue(actual.endsWith("/" + type), () -> "type " + type + ": " + text(response));
  }

  private static JsonArray array(HttpResponse<byte[]> response) {
    return Json.createReader(new ByteArrayInputStream(response.body())).readArray();
  }

  private static String text(HttpResponse<byte[]> response) {
    return response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8);
  }
}
