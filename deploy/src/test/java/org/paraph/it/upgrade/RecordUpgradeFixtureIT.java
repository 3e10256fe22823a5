package org.paraph.it.upgrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.paraph.it.support.ParticipantActions.requireOk;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.paraph.it.support.CallbackReceiver;
import org.paraph.it.support.Database;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.ParticipantActions;
import org.paraph.it.support.ParticipantMail;
import org.paraph.it.support.PersonalPki;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.PortalClient.Multipart;
import org.paraph.it.support.SealBatches;
import org.paraph.it.support.TestPdfs;
import org.paraph.it.support.WorkflowJson;

/**
 * Records the upgrade fixture: an installation of today's release with data in every table, made
 * through the API as people and processes make it, then dumped with the database's own tool. Not
 * part of a normal test run; an issue that changes the schema records the next fixture with
 *
 * <pre>
 * ./mvnw -pl deploy -am verify -DskipUnitTests=true -Dit.test=RecordUpgradeFixtureIT \
 *     -Dparaph.upgrade.record=true [-Dparaph.it.db=postgresql]
 * </pre>
 *
 * once per database, and commits {@code deploy/src/test/resources/upgrade/}.
 */
@EnabledIfSystemProperty(named = "paraph.upgrade.record", matches = "true")
class RecordUpgradeFixtureIT {

  static final String UMA = "uma";
  static final String UMA_PASSWORD = "uma-Upgrade-Secret-42";
  static final List<String> LEVELS = List.of("B-B", "B-T", "B-LT", "B-LTA");

  @Test
  void recordsAnInstallationWithDataInEveryTable() throws Exception {
    Database database = Database.configured();
    Properties manifest = new Properties();
    manifest.setProperty("recorded.at", Instant.now().toString());
    ParaphServer server =
        ParaphServer.create(
            "upgrade-record",
            Map.of(
                "PARAPH_MASTER_KEY",
                UpgradeFixture.MASTER_KEY,
                // The callback receiver listens on the loopback.
                "PARAPH_FETCH_ALLOW",
                "127.0.0.1"));
    try (CallbackReceiver callbacks = new CallbackReceiver(1)) {
      server.start();
      PortalClient admin = PortalClient.asAdmin(server);
      users(admin);
      seals(server, admin, manifest);
      batch(admin, manifest);
      workflows(server, admin, callbacks, manifest);
    } finally {
      server.stop();
    }
    UpgradeFixture.write(server, database, UpgradeFixture.sourceFolder(database), manifest);
  }

  private static void users(PortalClient admin) throws Exception {
    requireOk(
        admin.postJson(
            "/api/v1/users",
            "{\"username\":\""
                + UMA
                + "\",\"displayName\":\"Uma Upgrade\",\"password\":\""
                + UMA_PASSWORD
                + "\"}"),
        "creating a user");
  }

  /** The demo seal at every level and as CAdES; a registered seal, used then retired. */
  private static void seals(ParaphServer server, PortalClient admin, Properties manifest)
      throws Exception {
    for (String level : LEVELS) {
      HttpResponse<byte[]> sealed =
          admin.seal(
              TestPdfs.a4(1),
              "letter-" + level + ".pdf",
              Map.of("level", level),
              "application/json");
      requireOk(sealed, "sealing at " + level);
      manifest.setProperty("sealed." + level, PortalClient.json(sealed).getString("id"));
    }
    HttpResponse<byte[]> cades =
        admin.seal(
            TestPdfs.a4(1),
            "letter.pdf",
            Map.of("format", "cades", "level", "B-T"),
            "application/json");
    requireOk(cades, "sealing as CAdES");
    manifest.setProperty("sealed.cades", PortalClient.json(cades).getString("id"));

    PersonalPki pki = PersonalPki.create("Upgrade Seal CA", "http://ca.upgrade.test/root.crl");
    Path work = server.dataDir().resolveSibling("upgrade-record-keys");
    Files.createDirectories(work);
    registerSeal(
        admin, "acme", pki.issue("ACME Seal", "seal@acme.test", Duration.ofDays(800)), work);
    HttpResponse<byte[]> byAcme =
        admin.seal(
            TestPdfs.a4(1),
            "invoice.pdf",
            Map.of("seal", "acme", "level", "B-B"),
            "application/json");
    requireOk(byAcme, "sealing with a registered seal");
    manifest.setProperty("sealed.retired-seal", PortalClient.json(byAcme).getString("id"));
    requireOk(admin.delete("/api/v1/seal-credentials/acme"), "retiring a seal");

    PortalClient uma = new PortalClient(server, UMA, UMA_PASSWORD);
    registerSeal(
        uma, "uma-personal", pki.issue("Uma Upgrade", "uma@acme.test", Duration.ofDays(800)), work);
  }

  private static void registerSeal(
      PortalClient client, String name, PersonalPki.Issued issued, Path work) throws Exception {
    String password = "p12-" + UUID.randomUUID();
    Path pkcs12 = issued.writePkcs12(work.resolve(name + ".p12"), password);
    requireOk(
        client.postMultipart(
            "/api/v1/seal-credentials",
            new Multipart()
                .file("file", name + ".p12", Files.readAllBytes(pkcs12))
                .text("name", name)
                .text("password", password)),
        "registering the seal " + name);
  }

  private static void batch(PortalClient admin, Properties manifest) throws Exception {
    HttpResponse<byte[]> accepted =
        admin.sealBatch(
            new Multipart()
                .file("file", "one.pdf", TestPdfs.a4(1))
                .file("file", "two.pdf", TestPdfs.a4(2))
                .text("level", "B-B"));
    requireOk(accepted, "submitting a batch");
    String id = PortalClient.json(accepted).getString("id");
    SealBatches.awaitComplete(admin, id);
    manifest.setProperty("batch", id);
  }

  /**
   * Workflows in every state a workflow rests in: completed (with its callbacks delivered),
   * declined, cancelled, expired, and one in progress whose first signer has signed and whose
   * second signer's link was replaced. That second link is what the upgrade test signs with.
   */
  private static void workflows(
      ParaphServer server, PortalClient admin, CallbackReceiver callbacks, Properties manifest)
      throws Exception {
    String completed =
        start(
            admin,
            WorkflowJson.named("Completed before the upgrade")
                .document("completed.pdf", TestPdfs.a4(1))
                .signer("Carol", "Before", "carol@upgrade.example.org", 1, 50)
                .seal(ParaphServer.ADMIN, 2)
                .set("callbackUrl", callbacks.url()));
    sign(server, "carol@upgrade.example.org", 1, "Carol Before");
    ParticipantActions.approveSealTask(admin, completed);
    ParticipantActions.awaitState(admin, completed, "COMPLETED");
    awaitDelivered(admin, completed);
    manifest.setProperty("workflow.completed", completed);

    String declined =
        start(
            admin,
            WorkflowJson.named("Declined before the upgrade")
                .document("declined.pdf", TestPdfs.a4(1))
                .signer("Dave", "Before", "dave@upgrade.example.org", 1, 50));
    String daveLink =
        ParticipantMail.linkIn(
            ParticipantMail.awaitOutbox(server, "dave@upgrade.example.org", 1).get(0));
    requireOk(ParticipantActions.decline(server, daveLink, "The dates are wrong"), "declining");
    ParticipantActions.awaitState(admin, declined, "DECLINED");
    manifest.setProperty("workflow.declined", declined);

    String cancelled =
        start(
            admin,
            WorkflowJson.named("Cancelled before the upgrade")
                .document("cancelled.pdf", TestPdfs.a4(1))
                .signer("Erin", "Before", "erin@upgrade.example.org", 1, 50));
    requireOk(
        admin.post("/api/v1/workflows/" + cancelled + "/cancel", null, null, "application/json"),
        "cancelling");
    manifest.setProperty("workflow.cancelled", cancelled);

    String expired =
        start(
            admin,
            WorkflowJson.named("Expired before the upgrade")
                .document("expired.pdf", TestPdfs.a4(1))
                .signer("Frank", "Before", "frank@upgrade.example.org", 1, 50)
                .set("expiresAt", Instant.now().plusSeconds(20).toString()));
    manifest.setProperty("workflow.expired", expired);

    String running =
        start(
            admin,
            WorkflowJson.named("Running across the upgrade")
                .document("running.pdf", TestPdfs.a4(1))
                .signer("Alice", "Across", "alice@upgrade.example.org", 1, 50)
                .signer("Bob", "Across", "bob@upgrade.example.org", 2, 320)
                .seal(ParaphServer.ADMIN, 3)
                .set("expiresAt", Instant.now().plus(Duration.ofDays(300)).toString()));
    sign(server, "alice@upgrade.example.org", 1, "Alice Across");
    String bobFirstLink =
        ParticipantMail.linkIn(
            ParticipantMail.awaitOutbox(server, "bob@upgrade.example.org", 1).get(0));
    JsonObject workflow =
        PortalClient.json(admin.get("/api/v1/workflows/" + running, "application/json"));
    String bobId = workflow.getJsonArray("participants").getJsonObject(1).getString("id");
    requireOk(
        admin.post(
            "/api/v1/workflows/" + running + "/participants/" + bobId + "/resend",
            null,
            null,
            "application/json"),
        "resending Bob's link");
    String bobLink =
        ParticipantMail.linkIn(
            ParticipantMail.awaitOutbox(server, "bob@upgrade.example.org", 2).get(1));
    manifest.setProperty("workflow.running", running);
    manifest.setProperty("workflow.running.replaced-link", bobFirstLink);
    manifest.setProperty("workflow.running.link", bobLink);

    ParticipantActions.awaitState(admin, expired, "EXPIRED");
  }

  private static String start(PortalClient admin, WorkflowJson workflow) throws Exception {
    HttpResponse<byte[]> created = admin.postJson("/api/v1/workflows", workflow.json());
    requireOk(created, "starting a workflow");
    return PortalClient.json(created).getString("id");
  }

  /** The participant at {@code email} opens their invitation's link, asks for a code and signs. */
  private static void sign(ParaphServer server, String email, int mailsBefore, String typed)
      throws Exception {
    String link =
        ParticipantMail.linkIn(ParticipantMail.awaitOutbox(server, email, mailsBefore).get(0));
    ParticipantActions.requestCode(server, link);
    String code =
        ParticipantMail.codeIn(
            ParticipantMail.awaitOutbox(server, email, mailsBefore + 1).get(mailsBefore));
    HttpResponse<byte[]> signed = ParticipantActions.signTyped(server, link, code, typed);
    requireOk(signed, typed + " signing");
    assertEquals("SIGNED", PortalClient.json(signed).getString("state"));
  }

  private static void awaitDelivered(PortalClient admin, String workflow) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (Instant.now().isBefore(deadline)) {
      HttpResponse<byte[]> listed =
          admin.get("/api/v1/workflows/" + workflow + "/callbacks", "application/json");
      JsonArray deliveries =
          jakarta.json.Json.createReader(new java.io.ByteArrayInputStream(listed.body()))
              .readArray();
      if (!deliveries.isEmpty()
          && deliveries.stream()
              .allMatch(d -> d.asJsonObject().getString("state").equals("DELIVERED"))) {
        return;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("the completed workflow's callbacks were not all delivered");
  }
}
