package org.paraph.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.ParticipantMail;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.TestPdfs;
import org.paraph.it.support.WorkflowJson;

/**
 * The workflow numbers: workflows of three participants (two signers in sequence and a seal)
 * completed end to end over the API per minute, and the latency of the sign endpoints with 50
 * participants acting at once, each the median of three rounds after a warm-up. A real SMTP server
 * (GreenMail) carries links and codes. Part of {@link PortalBenchmarks}. It reports; it asserts
 * nothing about time.
 */
public final class WorkflowBenchmark {

  private static final int WORKFLOWS = 20;
  private static final int DRIVERS = 6;
  private static final int CONCURRENT_PARTICIPANTS = 50;
  private static final int ROUNDS = 3;

  private final GreenMail mail;
  private final ParaphServer server;
  private final PortalClient sender;
  private final byte[] pdf;

  private WorkflowBenchmark(GreenMail mail, ParaphServer server) throws IOException {
    this.mail = mail;
    this.server = server;
    this.sender = PortalClient.asAdmin(server);
    this.pdf = TestPdfs.a4(1);
  }

  static void run(BenchmarkReport report) throws Exception {
    GreenMail mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    try (ParaphServer server =
        ParaphServer.create(
                "workflow-benchmark", ParaphServer.mailingTo(mail.getSmtp().getPort(), Map.of()))
            .start()) {
      report.started(server);
      new WorkflowBenchmark(mail, server).measure(report);
    } finally {
      mail.stop();
    }
  }

  private void measure(BenchmarkReport report) throws Exception {
    endToEnd(2);
    List<EndToEnd> workflows = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      EndToEnd result = endToEnd(WORKFLOWS);
      System.out.printf(Locale.ROOT, "  workflows, round %d of %d: %s%n", round, ROUNDS, result);
      workflows.add(result);
    }
    workflows.sort(Comparator.comparingDouble(EndToEnd::perMinute));
    EndToEnd median =
        Medians.of(workflows, Comparator.comparingDouble(EndToEnd::perMinute).reversed());
    report.put(
        String.format(
            Locale.ROOT,
            "workflows of 3 participants (2 OTP signers in sequence, a seal approval, final B-LTA"
                + " sealing of the document and of the audit trail), %d driven %d at a time over"
                + " the API with a real SMTP server, median of %d rounds",
            WORKFLOWS,
            DRIVERS,
            ROUNDS),
        String.format(
            Locale.ROOT,
            "%.0f completed per minute (rounds %s; one workflow start to COMPLETED p50 %.1f s, p95"
                + " %.1f s)",
            median.perMinute(),
            workflows.stream()
                .map(result -> String.format(Locale.ROOT, "%.0f", result.perMinute()))
                .collect(Collectors.joining(", ")),
            median.p50Seconds(),
            median.p95Seconds()));

    List<SignLoad> loads = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      SignLoad result = signEndpointsUnderLoad();
      System.out.printf(
          Locale.ROOT,
          "  %d participants at once, round %d of %d: %s%n",
          CONCURRENT_PARTICIPANTS,
          round,
          ROUNDS,
          result);
      loads.add(result);
    }
    loads.sort(Comparator.comparingDouble(SignLoad::allP95));
    report.put(
        String.format(
            Locale.ROOT,
            "sign endpoints, %d participants at once (each: open the link, ask for the code, sign),"
                + " the median of %d rounds by the p95 of all sign requests",
            CONCURRENT_PARTICIPANTS,
            ROUNDS),
        Medians.of(loads, Comparator.comparingDouble(SignLoad::allP95))
            + " (all requests' p95 by round: "
            + loads.stream()
                .map(result -> String.format(Locale.ROOT, "%.0f ms", result.allP95()))
                .collect(Collectors.joining(", "))
            + ")");
  }

  record EndToEnd(double perMinute, double p50Seconds, double p95Seconds) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%.0f completed per minute (one workflow start to COMPLETED p50 %.1f s, p95 %.1f s)",
          perMinute,
          p50Seconds,
          p95Seconds);
    }
  }

  record SignLoad(
      double viewP50,
      double viewP95,
      double otpP50,
      double otpP95,
      double completeP50,
      double completeP95,
      double allP95) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "`GET /sign/{token}` p50 %.0f ms, p95 %.0f ms; `POST .../otp` p50 %.0f ms, p95 %.0f ms;"
              + " `POST .../complete` (PAdES B-T with a one-time certificate) p50 %.0f ms, p95 %.0f"
              + " ms; all sign requests p95 %.0f ms",
          viewP50,
          viewP95,
          otpP50,
          otpP95,
          completeP50,
          completeP95,
          allP95);
    }
  }

  /** Drives workflows from creation to COMPLETED, several at once, and measures the rate. */
  private EndToEnd endToEnd(int count) throws Exception {
    ExecutorService drivers = Executors.newFixedThreadPool(DRIVERS);
    long begun = System.nanoTime();
    List<Future<Long>> runs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String run = i + "-" + System.nanoTime();
      runs.add(drivers.submit(() -> oneWorkflow(run)));
    }
    List<Long> durations = new ArrayList<>();
    for (Future<Long> result : runs) {
      durations.add(result.get());
    }
    drivers.shutdown();
    double minutes = (System.nanoTime() - begun) / 60e9;
    return new EndToEnd(
        count / minutes, percentile(durations, 50) / 1e9, percentile(durations, 95) / 1e9);
  }

  private long oneWorkflow(String run) throws Exception {
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
  private SignLoad signEndpointsUnderLoad() throws Exception {
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
    return new SignLoad(
        percentile(views, 50) / 1e6,
        percentile(views, 95) / 1e6,
        percentile(otps, 50) / 1e6,
        percentile(otps, 95) / 1e6,
        percentile(completes, 50) / 1e6,
        percentile(completes, 95) / 1e6,
        percentile(all, 95) / 1e6);
  }

  private long[] timedJourney(String email) throws Exception {
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

  private void sign(String email) throws Exception {
    String link = ParticipantMail.linkIn(ParticipantMail.bodyOf(awaitMails(email, 1).get(0)));
    require(
        PortalClient.anonymousPost(
            server, "/api/v1/sign/" + link + "/otp", null, null, "application/json"),
        200);
    String code = ParticipantMail.codeIn(ParticipantMail.bodyOf(awaitMails(email, 2).get(1)));
    require(complete(link, code), 200);
  }

  private HttpResponse<byte[]> complete(String link, String code) throws Exception {
    return PortalClient.anonymousPostJson(
        server,
        "/api/v1/sign/" + link + "/complete",
        "{\"otp\":\"" + code + "\",\"signature\":{\"mode\":\"typed\",\"text\":\"Signed\"}}");
  }

  private void approveSeal(String workflowId) throws Exception {
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

  private void awaitCompleted(String id) throws Exception {
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

  private List<MimeMessage> awaitMails(String recipient, int count) throws Exception {
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
