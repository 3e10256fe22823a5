package org.paraph.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.ParticipantMail;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.TestPdfs;
import org.paraph.it.support.WorkflowJson;

/**
 * Prints the workflow numbers of issue 4: workflows of three participants (two signers in sequence
 * and a seal) completed end to end over the API per minute, and the latency of the sign endpoints
 * with 50 participants acting at once. A real SMTP server (GreenMail) carries links and codes. Run
 * with {@code ./mvnw -pl deploy -am -Pbenchmark verify}. It reports; it asserts nothing about time.
 */
public final class WorkflowBenchmark {

  private static final int WORKFLOWS = 20;
  private static final int DRIVERS = 6;
  private static final int CONCURRENT_PARTICIPANTS = 50;

  private static GreenMail mail;
  private static ParaphServer server;
  private static PortalClient sender;
  private static byte[] pdf;

  public static void main(String[] args) throws Exception {
    mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    try (ParaphServer started =
        ParaphServer.create(
                "workflow-benchmark", ParaphServer.mailingTo(mail.getSmtp().getPort(), Map.of()))
            .start()) {
      server = started;
      sender = PortalClient.asAdmin(server);
      pdf = TestPdfs.a4(1);
      endToEnd(2, "warm-up");
      endToEnd(WORKFLOWS, "measured");
      signEndpointsUnderLoad();
    } finally {
      mail.stop();
    }
  }

  /** Drives workflows from creation to COMPLETED, several at once, and prints the rate. */
  private static void endToEnd(int count, String label) throws Exception {
    ExecutorService drivers = Executors.newFixedThreadPool(DRIVERS);
    long begun = System.nanoTime();
    List<Future<Long>> runs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String run = label + "-" + i + "-" + System.nanoTime();
      runs.add(drivers.submit(() -> oneWorkflow(run)));
    }
    List<Long> durations = new ArrayList<>();
    for (Future<Long> result : runs) {
      durations.add(result.get());
    }
    drivers.shutdown();
    double minutes = (System.nanoTime() - begun) / 60e9;
    Collections.sort(durations);
    if (label.equals("measured")) {
      System.out.printf(
          Locale.ROOT,
          "workflows with 3 participants (2 OTP signers in sequence + seal approval, final B-LTA"
              + " sealing and audit trail), %d driven %d at a time over the API: %.1f completed per"
              + " minute; one workflow start to COMPLETED p50 %.1f s, p95 %.1f s%n",
          count,
          DRIVERS,
          count / minutes,
          percentile(durations, 50) / 1e9,
          percentile(durations, 95) / 1e9);
    }
  }

  private static long oneWorkflow(String run) throws Exception {
    long start = System.nanoTime();
    String first = "first-" + run + "@bench.example";
    String second = "second-" + run + "@bench.example";
    HttpResponse<byte[]> created =
        sender.postJson(
            "/api/v1/workflows",
            WorkflowJson.named("Benchmark " + run)
                .document("contract.pdf", pdf)
                .signer("First", "Signer", first, 1, 50)
                .signer("Second", "Signer", second, 2, 320)
                .seal(ParaphServer.ADMIN, 3)
                .json());
    require(created, 201);
    String id = PortalClient.json(created).getString("id");
    sign(first);
    sign(second);
    approveSeal(id);
    awaitCompleted(id);
    return System.nanoTime() - start;
  }

  /** 50 participants, each with a workflow of their own, ask for a code and sign at once. */
  private static void signEndpointsUnderLoad() throws Exception {
    List<String> emails = new ArrayList<>();
    for (int i = 0; i < CONCURRENT_PARTICIPANTS; i++) {
      String email = "load-" + i + "-" + System.nanoTime() + "@bench.example";
      emails.add(email);
      require(
          sender.postJson(
              "/api/v1/workflows",
              WorkflowJson.named("Load " + i)
                  .document("contract.pdf", pdf)
                  .signer("Load", "Participant " + i, email, 1, 50)
                  .json()),
          201);
    }
    for (String email : emails) {
      awaitMails(email, 1);
    }
    ExecutorService participants = Executors.newFixedThreadPool(CONCURRENT_PARTICIPANTS);
    List<Future<long[]>> results = new ArrayList<>();
    for (String email : emails) {
      results.add(participants.submit((Callable<long[]>) () -> timedJourney(email)));
    }
    List<Long> views = new ArrayList<>();
    List<Long> otps = new ArrayList<>();
    List<Long> completes = new ArrayList<>();
    List<Long> all = new ArrayList<>();
    for (Future<long[]> result : results) {
      long[] timings = result.get();
      views.add(timings[0]);
      otps.add(timings[1]);
      completes.add(timings[2]);
      all.add(timings[0]);
      all.add(timings[1]);
      all.add(timings[2]);
    }
    participants.shutdown();
    System.out.printf(
        Locale.ROOT,
        "sign endpoints with %d participants at once: GET /sign/{token} p50 %.0f ms p95 %.0f ms;"
            + " POST otp p50 %.0f ms p95 %.0f ms; POST complete (PAdES B-T signature with a"
            + " one-time certificate) p50 %.0f ms p95 %.0f ms; all sign requests p95 %.0f ms%n",
        CONCURRENT_PARTICIPANTS,
        percentile(views, 50) / 1e6,
        percentile(views, 95) / 1e6,
        percentile(otps, 50) / 1e6,
        percentile(otps, 95) / 1e6,
        percentile(completes, 50) / 1e6,
        percentile(completes, 95) / 1e6,
        percentile(all, 95) / 1e6);
  }

  private static long[] timedJourney(String email) throws Exception {
    String link = ParticipantMail.linkIn(ParticipantMail.bodyOf(awaitMails(email, 1).get(0)));
    long start = System.nanoTime();
    require(
        PortalClient.anonymousGetBytes(server, "/api/v1/sign/" + link, "application/json"), 200);
    long viewed = System.nanoTime();
    require(
        PortalClient.anonymousPost(
            server, "/api/v1/sign/" + link + "/otp", null, null, "application/json"),
        200);
    long sent = System.nanoTime();
    String code = ParticipantMail.codeIn(ParticipantMail.bodyOf(awaitMails(email, 2).get(1)));
    long beforeComplete = System.nanoTime();
    require(complete(link, code), 200);
    long done = System.nanoTime();
    return new long[] {viewed - start, sent - viewed, done - beforeComplete};
  }

  private static void sign(String email) throws Exception {
    String link = ParticipantMail.linkIn(ParticipantMail.bodyOf(awaitMails(email, 1).get(0)));
    require(
        PortalClient.anonymousPost(
            server, "/api/v1/sign/" + link + "/otp", null, null, "application/json"),
        200);
    String code = ParticipantMail.codeIn(ParticipantMail.bodyOf(awaitMails(email, 2).get(1)));
    require(complete(link, code), 200);
  }

  private static HttpResponse<byte[]> complete(String link, String code) throws Exception {
    return PortalClient.anonymousPostJson(
        server,
        "/api/v1/sign/" + link + "/complete",
        "{\"otp\":\"" + code + "\",\"signature\":{\"mode\":\"typed\",\"text\":\"Signed\"}}");
  }

  private static void approveSeal(String workflowId) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(deadline)) {
      JsonArray tasks =
          Json.createReader(
                  new ByteArrayInputStream(sender.get("/api/v1/tasks", "application/json").body()))
              .readArray();
      for (JsonObject task : tasks.getValuesAs(JsonObject.class)) {
        if (task.getString("workflowId").equals(workflowId)) {
          require(
              sender.postJson(
                  "/api/v1/tasks/" + task.getString("id") + "/complete", "{\"approve\":true}"),
              200);
          return;
        }
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("no seal task for " + workflowId);
  }

  private static void awaitCompleted(String id) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
    while (Instant.now().isBefore(deadline)) {
      JsonObject workflow =
          PortalClient.json(sender.get("/api/v1/workflows/" + id, "application/json"));
      if (workflow.getString("state").equals("COMPLETED")) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("workflow " + id + " not completed");
  }

  private static List<MimeMessage> awaitMails(String recipient, int count) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(deadline)) {
      MimeMessage[] messages = mail.getReceivedMessagesForDomain(recipient);
      if (messages.length >= count) {
        return List.of(messages);
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("fewer than " + count + " mails to " + recipient);
  }

  private static void require(HttpResponse<byte[]> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          "expected "
              + status
              + ", got "
              + response.statusCode()
              + ": "
              + new String(response.body()));
    }
  }

  private static double percentile(List<Long> sorted, int percent) {
    List<Long> values = new ArrayList<>(sorted);
    Collections.sort(values);
    int index = (int) Math.ceil(percent / 100.0 * values.size()) - 1;
    return values.get(Math.max(0, Math.min(index, values.size() - 1)));
  }
}
