package org.paraph.it.running;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.paraph.it.support.IndependentChecks;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.PortalClient.Multipart;
import org.paraph.it.support.SealBatches;
import org.paraph.it.support.TestPdfs;

/**
 * Nothing queued is lost when the server stops: jobs still pending, and a job a node was sealing
 * when it died (RUNNING, its lease run out), are sealed once a server runs again.
 */
class SealJobRestartIT {

  @Test
  void queuedJobsAndAJobOfADeadNodeAreSealedAfterARestart() throws Exception {
    // A node that queues but seals nothing: the jobs are certainly pending when it stops.
    try (ParaphServer server =
        ParaphServer.create("restart", Map.of("PARAPH_SEAL_WORKERS", "0")).start()) {
      PortalClient client = PortalClient.asAdmin(server);
      Multipart body = new Multipart().text("level", "B-T");
      for (int i = 1; i <= 4; i++) {
        body.file("file", "queued-" + i + ".pdf", TestPdfs.a4(i));
      }
      JsonObject submitted = PortalClient.json(client.sealBatch(body));
      String id = submitted.getString("id");
      JsonObject queued = SealBatches.progress(client, id);
      assertFalse(queued.getBoolean("complete"));
      assertEquals(4, queued.getInt("pending"), queued::toString);

      server.stop();
      // The first document was being sealed by a node that died: RUNNING, lease run out.
      try (Connection db = server.openDatabase();
          PreparedStatement crashed =
              db.prepareStatement(
                  "UPDATE seal_job SET state = 'RUNNING', attempts = 1, locked_by = ?,"
                      + " lock_token = ?, locked_until = ?, row_version = row_version + 1"
                      + " WHERE batch_id = ? AND batch_position = 1")) {
        crashed.setString(1, "a-node-that-died");
        crashed.setObject(2, UUID.randomUUID());
        crashed.setTimestamp(3, Timestamp.from(Instant.now().minusSeconds(60)));
        crashed.setObject(4, UUID.fromString(id));
        assertEquals(1, crashed.executeUpdate());
      }
      server.setEnvironment("PARAPH_SEAL_WORKERS", null);
      server.start();

      JsonObject batch = SealBatches.awaitComplete(client, id);

      assertEquals(4, batch.getInt("done"), batch::toString);
      List<JsonObject> documents = batch.getJsonArray("documents").getValuesAs(JsonObject.class);
      assertEquals(2, documents.get(0).getInt("attempts"), "the dead node's attempt counts");
      String anchors = PortalClient.anonymousGet(server, "/api/v1/trust/anchors").body();
      IndependentChecks checks =
          IndependentChecks.trusting(
              anchors, Files.createTempDirectory(server.dataDir().getParent(), "restart-"));
      for (JsonObject document : documents) {
        byte[] sealed =
            client.get(document.getJsonObject("links").getString("document"), null).body();
        String report = checks.pdfsig(sealed);
        assertTrue(report.contains("Signature is Valid."), report);
        assertTrue(report.contains("Total document signed"), report);
      }
      assertEquals(
          4,
          client.sealRecords().size(),
          "each document sealed exactly once, though one was started twice");
    }
  }
}
