package org.paraph.it.upgrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paraph.it.support.ParticipantActions.requireOk;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.paraph.it.support.Database;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.ParticipantActions;
import org.paraph.it.support.ParticipantMail;
import org.paraph.it.support.PortalClient;

/**
 * An installation of an earlier release (the fixture recorded by {@link RecordUpgradeFixtureIT}:
 * seals of every kind, a batch, workflows in every state, audit events, messages) is started with
 * this release, on H2 and, in CI's second pass, on PostgreSQL: every migration runs, the audit
 * chain still checks, what was sealed before still verifies, and the workflow that was running
 * completes. The last test stops the server and checks the database itself: no row was lost.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpgradeIT {

  private static Database database;
  private static Path fixture;
  private static Properties recorded;
  private static ParaphServer server;
  private static PortalClient admin;

  @BeforeAll
  static void upgradeTheRecordedInstallation() throws Exception {
    database = Database.configured();
    fixture = UpgradeFixture.sourceFolder(database);
    recorded = UpgradeFixture.manifest(fixture);
    server = ParaphServer.create("upgrade", Map.of("PARAPH_MASTER_KEY", UpgradeFixture.MASTER_KEY));
    UpgradeFixture.restore(server, database, fixture);
    UpgradeFixture.keepRunningWorkflowOpen(server, recorded.getProperty("workflow.running"));
    server.start();
    admin = PortalClient.asAdmin(server);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  @Order(1)
  void theAuditChainRecordedBeforeStillChecks() throws Exception {
    HttpResponse<byte[]> checked =
        admin.post("/api/v1/audit/verification", null, null, "application/json");
    requireOk(checked, "checking the audit chain");
    JsonObject report = PortalClient.json(checked);
    assertTrue(report.getBoolean("intact"), report::toString);
    JsonArray applied =
        Json.createReader(
                new StringReader(
                    text(
                        admin.get("/api/v1/audit/events?action=SEAL_APPLIED", "application/json"))))
            .readArray();
    assertTrue(
        applied.size() >= 6, () -> "the seals of the earlier release are in the log: " + applied);
  }

  @Test
  @Order(2)
  void documentsSealedBeforeStillVerify() throws Exception {
    for (String level : RecordUpgradeFixtureIT.LEVELS) {
      String id = recorded.getProperty("sealed." + level);
      JsonObject record = PortalClient.json(admin.get("/api/v1/seals/" + id, "application/json"));
      assertEquals(level, record.getString("level"), record::toString);
      HttpResponse<byte[]> document = admin.get("/api/v1/seals/" + id + "/document", null);
      requireOk(document, "downloading the document sealed at " + level);
      assertAllPassed(verify(document.body()), level);
    }
    JsonObject cades =
        PortalClient.json(
            admin.get("/api/v1/seals/" + recorded.getProperty("sealed.cades"), "application/json"));
    assertEquals("CAdES", cades.getString("format"), cades::toString);

    JsonObject byRetiredSeal =
        PortalClient.json(
            admin.get(
                "/api/v1/seals/" + recorded.getProperty("sealed.retired-seal"),
                "application/json"));
    assertEquals("acme", byRetiredSeal.getString("seal"), byRetiredSeal::toString);
    List<String> inService = credentialNames(admin);
    assertFalse(inService.contains("acme"), () -> "the retired seal stays retired: " + inService);
    List<String> umas =
        credentialNames(
            new PortalClient(
                server, RecordUpgradeFixtureIT.UMA, RecordUpgradeFixtureIT.UMA_PASSWORD));
    assertEquals(List.of("uma-personal"), umas, "the user and her personal seal are kept");
  }

  @Test
  @Order(3)
  void workflowsAndBatchesKeepTheirStates() throws Exception {
    for (String state : List.of("completed", "declined", "cancelled", "expired")) {
      JsonObject workflow =
          PortalClient.json(
              admin.get(
                  "/api/v1/workflows/" + recorded.getProperty("workflow." + state),
                  "application/json"));
      assertEquals(state.toUpperCase(Locale.ROOT), workflow.getString("state"), workflow::toString);
    }
    String completed = recorded.getProperty("workflow.completed");
    JsonObject workflow =
        PortalClient.json(admin.get("/api/v1/workflows/" + completed, "application/json"));
    String documentId = workflow.getJsonArray("documents").getJsonObject(0).getString("id");
    HttpResponse<byte[]> finalPdf =
        admin.get("/api/v1/workflows/" + completed + "/documents/" + documentId, "application/pdf");
    requireOk(finalPdf, "downloading the completed workflow's document");
    assertAllPassed(verify(finalPdf.body()), "the completed workflow's document");

    JsonObject batch =
        PortalClient.json(
            admin.get("/api/v1/seal-batches/" + recorded.getProperty("batch"), "application/json"));
    assertEquals(100, batch.getInt("percent", 100), batch::toString);
    for (JsonValue document : batch.getJsonArray("documents")) {
      assertEquals("DONE", document.asJsonObject().getString("state"), batch::toString);
    }
  }

  @Test
  @Order(4)
  void theWorkflowRunningAcrossTheUpgradeCompletes() throws Exception {
    String running = recorded.getProperty("workflow.running");
    HttpResponse<byte[]> replaced =
        PortalClient.anonymousPost(
            server,
            "/api/v1/sign/" + recorded.getProperty("workflow.running.replaced-link") + "/otp",
            null,
            null,
            "application/json");
    assertEquals(
        410,
        replaced.statusCode(),
        () -> "a link replaced before stays replaced: " + text(replaced));

    String link = recorded.getProperty("workflow.running.link");
    String bob = "bob@upgrade.example.org";
    int before = ParticipantMail.awaitOutbox(server, bob, 0).size();
    ParticipantActions.requestCode(server, link);
    String code =
        ParticipantMail.codeIn(ParticipantMail.awaitOutbox(server, bob, before + 1).get(before));
    HttpResponse<byte[]> signed = ParticipantActions.signTyped(server, link, code, "Bob Across");
    requireOk(signed, "Bob signing after the upgrade");
    ParticipantActions.approveSealTask(admin, running);
    JsonObject workflow = ParticipantActions.awaitState(admin, running, "COMPLETED");

    String documentId = workflow.getJsonArray("documents").getJsonObject(0).getString("id");
    HttpResponse<byte[]> finalPdf =
        admin.get("/api/v1/workflows/" + running + "/documents/" + documentId, "application/pdf");
    requireOk(finalPdf, "downloading the final document");
    JsonObject report = verify(finalPdf.body());
    List<String> signers =
        report.getJsonArray("signatures").getValuesAs(JsonObject.class).stream()
            .map(signature -> signature.getString("signer"))
            .toList();
    assertEquals(4, signers.size(), () -> "Alice, Bob, the seal task, the final seal: " + report);
    assertEquals(List.of("Alice Across", "Bob Across"), signers.subList(0, 2), signers::toString);
    assertAllPassed(report, "the document signed before and after the upgrade");
    HttpResponse<byte[]> check =
        admin.post("/api/v1/audit/verification", null, null, "application/json");
    assertTrue(PortalClient.json(check).getBoolean("intact"), () -> text(check));
  }

  @Test
  @Order(5)
  void everyMigrationRanAndNoRowWasLost() throws Exception {
    // The embedded H2 database opens in one process at a time: the server goes first.
    server.stop();
    try (Connection connection = server.openDatabase()) {
      Set<Integer> applied = new TreeSet<>();
      try (Statement statement = connection.createStatement();
          ResultSet rows =
              statement.executeQuery(
                  "SELECT \"version\", \"success\" FROM \"paraph_schema_history\""
                      + " WHERE \"version\" IS NOT NULL")) {
        while (rows.next()) {
          assertTrue(rows.getBoolean(2), "migration " + rows.getString(1) + " succeeded");
          applied.add(Integer.valueOf(rows.getString(1)));
        }
      }
      Set<Integer> scripts = releaseScripts();
      assertTrue(applied.containsAll(scripts), () -> "every script has run: " + applied);
      // Versions are numbered without gaps; the Java migrations fill those the scripts leave.
      Set<Integer> everyVersion =
          IntStream.rangeClosed(1, Collections.max(scripts)).boxed().collect(Collectors.toSet());
      assertEquals(everyVersion, applied, "every migration of this release has run, none other");

      Map<String, Long> now = UpgradeFixture.rowCounts(connection);
      for (String key : recorded.stringPropertyNames()) {
        if (!key.startsWith("rows.")) {
          continue;
        }
        String table = key.substring("rows.".length());
        long before = Long.parseLong(recorded.getProperty(key));
        assertTrue(now.containsKey(table), "table " + table + " is still there");
        if (table.startsWith("act_") || table.startsWith("flw_")) {
          // The engine's own tables: it deletes its runtime rows and their byte arrays when a
          // process ends, as the running workflow's did here; that they are there is enough.
          continue;
        }
        if (table.equals("workflow_otp_request")) {
          // A link's budget of codes over a sliding window (10 minutes), not a record: requests
          // older than the window go when the next code is asked for, as the running workflow's
          // participant does here, long after the fixture was made.
          continue;
        }
        assertTrue(
            before > 0,
            "the fixture has data in " + table + ": record it with RecordUpgradeFixtureIT");
        assertTrue(
            now.get(table) >= before,
            table + " had " + before + " rows before the upgrade and has " + now.get(table));
      }
    }
  }

  /** The versions of the SQL migrations this release ships. */
  private static Set<Integer> releaseScripts() throws Exception {
    try (Stream<Path> scripts =
        Files.list(Path.of("../portal-ejb/src/main/resources/db/migration"))) {
      return scripts
          .map(file -> file.getFileName().toString())
          .filter(name -> name.matches("V\\d+__.*\\.sql"))
          .map(name -> Integer.valueOf(name.substring(1, name.indexOf("__"))))
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }

  private static JsonObject verify(byte[] pdf) throws Exception {
    PortalClient.Multipart body = new PortalClient.Multipart().file("file", "before.pdf", pdf);
    HttpResponse<byte[]> response =
        PortalClient.anonymousPost(
            server, "/api/v1/verifications", body.contentType(), body.bytes(), "application/json");
    requireOk(response, "verifying");
    return PortalClient.json(response);
  }

  private static void assertAllPassed(JsonObject report, String what) {
    JsonArray signatures = report.getJsonArray("signatures");
    assertFalse(signatures.isEmpty(), () -> what + ": " + report);
    for (JsonValue signature : signatures) {
      assertEquals(
          "TOTAL_PASSED",
          signature.asJsonObject().getString("indication"),
          () -> what + ": " + report);
    }
  }

  private static List<String> credentialNames(PortalClient client) throws Exception {
    HttpResponse<byte[]> listed = client.get("/api/v1/seal-credentials", "application/json");
    requireOk(listed, "listing seals");
    return Json.createReader(new StringReader(text(listed)))
        .readArray()
        .getValuesAs(JsonObject.class)
        .stream()
        .map(seal -> seal.getString("name"))
        .toList();
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }
}
