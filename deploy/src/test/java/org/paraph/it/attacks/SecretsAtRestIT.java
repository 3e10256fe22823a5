package org.paraph.it.attacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.ParticipantMail;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.TestPdfs;
import org.paraph.it.support.WorkflowJson;

/**
 * Secrets at rest, as someone who gets a copy of the database or reads the data directory would try
 * them: the outbox table holds no participant link or one-time password in clear (a message waiting
 * for delivery is encrypted, a delivered one redacted), the outbox files and the master key file
 * are readable by the portal's account only, and a message held up by a failure is still delivered
 * with a working link. The portal has no SMTP server: mail goes to its outbox folder.
 */
class SecretsAtRestIT {

  /** A participant's link as it appears in a message: the token a holder signs with. */
  private static final Pattern LIVE_LINK = Pattern.compile("/sign/[A-Za-z0-9_-]{20,}");

  private static ParaphServer server;
  private static PortalClient admin;

  @BeforeAll
  static void startPortal() throws Exception {
    server = ParaphServer.create("secrets-at-rest", Map.of()).start();
    admin = PortalClient.asAdmin(server);
  }

  @AfterAll
  static void stopPortal() {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void theOutboxAndTheDataDirectoryGiveAwayNoLinkOrCode() throws Exception {
    // Alice gets her link and a code: both delivered, into the outbox folder.
    String alice = "alice-" + Instant.now().toEpochMilli() + "@example.org";
    start("Lease", alice, "Alice");
    String aliceLink = ParticipantMail.linkIn(ParticipantMail.awaitOutbox(server, alice, 1).get(0));
    HttpResponse<byte[]> asked =
        PortalClient.anonymousPost(
            server, "/api/v1/sign/" + aliceLink + "/otp", null, null, "application/json");
    assertEquals(200, asked.statusCode(), () -> text(asked));
    String aliceCode = ParticipantMail.codeIn(ParticipantMail.awaitOutbox(server, alice, 2).get(1));

    // Bob's invitation cannot be written (the mail folder is in the way) and waits, retried.
    Path mailFolder = server.dataDir().resolve("outbox/mail");
    Path heldAside = mailFolder.resolveSibling("mail-aside");
    Files.move(mailFolder, heldAside);
    Files.writeString(mailFolder, "not a folder");
    String bob = "bob-" + Instant.now().toEpochMilli() + "@example.org";
    start("Loan", bob, "Bob");
    JsonObject waiting =
        awaitMessage("", bob, m -> m.getInt("attempts") >= 1, Duration.ofSeconds(60));
    assertEquals("PENDING", waiting.getString("state"), waiting::toString);
    assertTrue(waiting.getString("body").contains("/sign/[redacted]"), waiting::toString);
    assertFalse(LIVE_LINK.matcher(waiting.toString()).find(), waiting::toString);

    // The messages API shows administrators what went to Alice, without her link or code.
    List<JsonObject> toAlice = messages("?state=SENT", alice);
    assertEquals(2, toAlice.size(), toAlice::toString);
    for (JsonObject message : toAlice) {
      assertFalse(message.toString().contains(aliceLink), message::toString);
      assertFalse(message.toString().contains(aliceCode), message::toString);
      assertTrue(message.getString("body").contains("[redacted]"), message::toString);
    }
    assertTrue(
        toAlice.stream()
            .anyMatch(m -> m.getString("body").contains("[redacted] is your Paraph code")),
        toAlice::toString);
    HttpResponse<byte[]> unknownState = admin.get("/api/v1/messages?state=ALL", "application/json");
    assertEquals(400, unknownState.statusCode(), () -> text(unknownState));

    // A copy of the database: every row, as text.
    server.stop();
    List<String> rows = outboxRows();
    assertTrue(rows.size() >= 3, rows::toString);
    for (String row : rows) {
      assertFalse(row.contains(aliceLink), () -> "Alice's link in clear: " + row);
      assertFalse(row.contains(aliceCode), () -> "Alice's code in clear: " + row);
      assertFalse(LIVE_LINK.matcher(row).find(), () -> "a live link in clear: " + row);
    }
    String bobsRow =
        rows.stream().filter(r -> r.contains(bob)).findFirst().orElseThrow(AssertionError::new);
    assertTrue(bobsRow.contains("STATE=PENDING"), bobsRow);
    assertTrue(bobsRow.contains("SEALED_BODY=v1:"), () -> "waiting, encrypted: " + bobsRow);
    for (String row : rows) {
      if (row.contains("STATE=SENT")) {
        assertTrue(row.contains("SEALED_BODY=null"), () -> "delivered, nothing sealed: " + row);
      }
    }

    // What an earlier version left readable is tightened at the next start.
    Files.delete(mailFolder);
    Files.move(heldAside, mailFolder);
    Path oldFile;
    try (Stream<Path> files = Files.list(mailFolder)) {
      oldFile = files.findFirst().orElseThrow();
    }
    Files.setPosixFilePermissions(oldFile, PosixFilePermissions.fromString("rw-r--r--"));
    Files.setPosixFilePermissions(mailFolder, PosixFilePermissions.fromString("rwxr-xr-x"));
    server.start();

    // Bob's invitation is delivered after all, and his link works; Alice signs with her code.
    String bobLink = ParticipantMail.linkIn(ParticipantMail.awaitOutbox(server, bob, 1).get(0));
    HttpResponse<byte[]> bobView =
        PortalClient.anonymousGetBytes(server, "/api/v1/sign/" + bobLink, "application/json");
    assertEquals(200, bobView.statusCode(), () -> text(bobView));
    String signature =
        Json.createObjectBuilder()
            .add("otp", aliceCode)
            .add(
                "signature",
                Json.createObjectBuilder().add("mode", "typed").add("text", "Alice Secret"))
            .build()
            .toString();
    HttpResponse<byte[]> signed =
        PortalClient.anonymousPostJson(
            server, "/api/v1/sign/" + aliceLink + "/complete", signature);
    assertEquals(200, signed.statusCode(), () -> text(signed));
    JsonObject delivered = awaitMessage("?state=SENT", bob, m -> true, Duration.ofSeconds(30));
    assertFalse(delivered.toString().contains(bobLink), delivered::toString);
    assertTrue(delivered.getString("body").contains("/sign/[redacted]"), delivered::toString);

    // The files: the portal's account only.
    Path outbox = server.dataDir().resolve("outbox");
    assertEquals("rwx------", permissions(outbox));
    assertEquals("rwx------", permissions(mailFolder));
    try (Stream<Path> files = Files.list(mailFolder)) {
      List<Path> all = files.toList();
      assertTrue(all.size() >= 3, all::toString);
      for (Path file : all) {
        assertEquals("rw-------", permissions(file), file::toString);
      }
    }
    Path key = server.dataDir().resolve("keys/master.key");
    assertEquals("rw-------", permissions(key));
    assertEquals("rwx------", permissions(key.getParent()));
  }

  private static void start(String name, String email, String firstName) throws Exception {
    HttpResponse<byte[]> created =
        admin.postJson(
            "/api/v1/workflows",
            WorkflowJson.named(name)
                .document(name.toLowerCase() + ".pdf", TestPdfs.a4(1))
                .signer(firstName, "Secret", email, 1, 50)
                .json());
    assertEquals(201, created.statusCode(), () -> text(created));
  }

  private static List<JsonObject> messages(String query, String recipient) throws Exception {
    HttpResponse<byte[]> response = admin.get("/api/v1/messages" + query, "application/json");
    assertEquals(200, response.statusCode(), () -> text(response));
    JsonArray all = Json.createReader(new ByteArrayInputStream(response.body())).readArray();
    return all.stream()
        .map(JsonValue::asJsonObject)
        .filter(m -> m.getString("recipient").equals(recipient))
        .toList();
  }

  private static JsonObject awaitMessage(
      String query, String recipient, Predicate<JsonObject> wanted, Duration wait)
      throws Exception {
    Instant deadline = Instant.now().plus(wait);
    List<JsonObject> found;
    do {
      found = messages(query, recipient);
      for (JsonObject message : found) {
        if (wanted.test(message)) {
          return message;
        }
      }
      Thread.sleep(250);
    } while (Instant.now().isBefore(deadline));
    throw new AssertionError("no such message to " + recipient + ": " + found);
  }

  /**
   * Each row of the outbox table as "COLUMN=value | ...", column names upper case: every column
   * that holds text (the others are ids, numbers and times, where six digits occur by chance).
   */
  private static List<String> outboxRows() throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection connection = server.openDatabase();
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT state, recipient, subject, body, sealed_subject, sealed_body, last_error"
                    + " FROM outbox_message")) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          values.add(
              result.getMetaData().getColumnName(i).toUpperCase() + "=" + result.getString(i));
        }
        rows.add(String.join(" | ", values));
      }
    }
    return rows;
  }

  private static String permissions(Path path) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  private static String text(HttpResponse<byte[]> response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }
}
