package org.paraph.it.running;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.paraph.it.support.Metrics;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.SharedServer;
import org.paraph.it.support.TestPdfs;
import org.paraph.it.support.WorkflowJson;

/**
 * What an operator's Prometheus scrapes from the management address, and that it moves: a seal, a
 * refused document and a refused password each counted where they belong; the workflows gauge
 * following the database; nothing of it on the public port. The one-time password counters are
 * checked where codes are guessed ({@code OtpAttackIT}), the outbox gauges where the mail server
 * goes away ({@code WorkflowDeliveryIT}).
 */
@ExtendWith(SharedServer.class)
class MetricsIT {

  @Test
  void aSealARefusedDocumentAndARefusedPasswordEachMoveTheirOwnCounters(ParaphServer server)
      throws Exception {
    PortalClient admin = PortalClient.asAdmin(server);
    Metrics before = Metrics.of(server);

    byte[] original = TestPdfs.a4(1);
    HttpResponse<byte[]> sealed =
        admin.seal(original, "counted.pdf", Map.of("level", "B-B"), "application/json");
    assertEquals(200, sealed.statusCode(), () -> new String(sealed.body(), StandardCharsets.UTF_8));
    String seal = PortalClient.json(sealed).getString("seal");
    String id = PortalClient.json(sealed).getString("id");
    HttpResponse<byte[]> refused =
        admin.seal(
            "not a PDF".getBytes(StandardCharsets.UTF_8),
            "notes.pdf",
            Map.of(),
            "application/json");
    assertEquals(422, refused.statusCode());
    PortalClient stranger = new PortalClient(server, "metrics-stranger", "not-a-password-1");
    assertEquals(401, stranger.seal(TestPdfs.a4(1), Map.of()).statusCode());

    // Each answer is counted when its exchange completes, which may be just after the client has
    // read it: wait for the three answers to show, as an operator's next scrape would.
    Metrics after =
        Metrics.awaitShowing(
            server,
            m ->
                List.of("200", "422", "401").stream()
                    .allMatch(
                        status ->
                            delta(
                                    before,
                                    m,
                                    "http_server_requests_seconds_count",
                                    postAnswered(status))
                                >= 1),
            "the three answers to POST /api/v1/seals counted");
    String[] sealedLabels = {"seal", seal, "level", "B-B", "origin", "api", "outcome", "sealed"};
    assertEquals(1, delta(before, after, "paraph_seals_total", sealedLabels), after::text);
    assertEquals(
        1,
        after.sum("paraph_seals_total", "origin", "api", "outcome", "refused")
            - before.sum("paraph_seals_total", "origin", "api", "outcome", "refused"),
        "the document that is not a PDF, counted as refused, at the seal's default level");
    String[] sealedAtBasic = {"level", "B-B", "origin", "api", "outcome", "sealed"};
    assertEquals(1, delta(before, after, "paraph_seal_duration_seconds_count", sealedAtBasic));
    assertTrue(
        after.value("paraph_seal_duration_seconds_sum", sealedAtBasic)
            > before.value("paraph_seal_duration_seconds_sum", sealedAtBasic),
        "the seal took some time");

    // Every answer by status, also the 401 the authentication wrote before any filter ran.
    for (String status : List.of("200", "422", "401")) {
      assertEquals(
          1,
          delta(before, after, "http_server_requests_seconds_count", postAnswered(status)),
          () -> "POST answered " + status + ":\n" + after.text());
    }
    // The seal's records keep the original and the sealed file: its stored bytes grow by both,
    // in the metrics (read every 15 s at most) and on the administrators' seals page.
    long sealedSize = admin.get("/api/v1/seals/" + id + "/document", null).body().length;
    double storedBefore = before.sum("paraph_seal_stored_bytes", "seal", seal);
    Metrics.awaitShowing(
        server,
        m ->
            m.sum("paraph_seal_stored_bytes", "seal", seal)
                >= storedBefore + original.length + sealedSize,
        "the seal's stored bytes grown by " + (original.length + sealedSize));
    String page =
        new String(admin.get("/admin/seals.xhtml", "text/html").body(), StandardCharsets.UTF_8);
    assertTrue(page.contains("Documents kept") && page.contains(" MB"), page);

    // The JVM's own meters come with them.
    assertTrue(after.has("jvm_memory_used_bytes"), after::text);
    assertTrue(after.has("process_uptime_seconds"), after::text);
  }

  @Test
  void theWorkflowsGaugeFollowsTheDatabaseAndTheQueueGaugesAreThere(ParaphServer server)
      throws Exception {
    PortalClient admin = PortalClient.asAdmin(server);
    Metrics before = Metrics.of(server);
    // Workflows of other tests may move from state to state meanwhile; none disappears.
    double workflows = before.sum("paraph_workflows");
    for (String gauge :
        List.of(
            "paraph_seal_jobs_queued",
            "paraph_seal_jobs_oldest_age_seconds",
            "paraph_outbox_pending",
            "paraph_outbox_oldest_age_seconds",
            "paraph_outbox_failed",
            "paraph_participant_links_locked")) {
      assertTrue(before.has(gauge), () -> gauge + " in\n" + before.text());
      assertTrue(before.value(gauge) >= 0, () -> gauge + " is a number: " + before.value(gauge));
    }

    long stamp = Instant.now().toEpochMilli();
    HttpResponse<byte[]> created =
        admin.postJson(
            "/api/v1/workflows",
            WorkflowJson.named("Counted " + stamp)
                .document("counted.pdf", TestPdfs.a4(1))
                .signer("Cora", "Counted", "cora-" + stamp + "@example.org", 1, 50)
                .json());
    assertEquals(201, created.statusCode(), () -> new String(created.body()));

    Metrics.awaitShowing(
        server,
        m ->
            m.sum("paraph_workflows") >= workflows + 1
                && m.value("paraph_workflows", "state", "in_progress") >= 1,
        "one more workflow than " + workflows + ", in progress");
  }

  @Test
  void thePublicPortServesNoMetrics(ParaphServer server) throws Exception {
    HttpResponse<String> answer = PortalClient.anonymousGet(server, "/metrics");
    assertEquals(404, answer.statusCode(), answer::body);
    assertTrue(Metrics.of(server).has("paraph_workflows"), "while the management address does");
  }

  private static String[] postAnswered(String status) {
    return new String[] {"area", "api", "method", "POST", "status", status};
  }

  private static double delta(Metrics before, Metrics after, String name, String... labels) {
    return after.value(name, labels) - before.value(name, labels);
  }
}
