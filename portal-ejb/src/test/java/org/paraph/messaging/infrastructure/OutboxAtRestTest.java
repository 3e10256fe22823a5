package org.paraph.messaging.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.paraph.bootstrap.DatabaseMigrations;
import org.paraph.messaging.domain.EmailMessage;
import org.paraph.messaging.domain.OutboxMessage;
import org.paraph.messaging.domain.SmsMessage;
import org.paraph.messaging.domain.TestCiphers;
import org.paraph.messaging.domain.TextCipher;
import org.paraph.testsupport.MigratedDatabase;

/**
 * What someone who reads the outbox table (a database dump, a backup) finds, on the real schema:
 * while a message waits, no link token or code in clear in any column; once sent, only the redacted
 * copy; and on upgrade, the rows sent before lose theirs while a row still pending is delivered as
 * it was queued.
 */
class OutboxAtRestTest {

  private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
  private static final String TOKEN = "k9Qw-_7ZbXcVnM1aS2dF3gH4jK5lP6oI8uY0tR9eW3q";
  private static final String CODE = "428196";
  private static final TextCipher CIPHER = TestCiphers.aesUnderARandomKey();

  @Test
  void aWaitingMessageIsEncryptedAndASentOneRedactedInEveryColumn() throws SQLException {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    try (MigratedDatabase database = MigratedDatabase.upgrade(url, OutboxMessage.class)) {
      JpaOutboxRepository repository = new JpaOutboxRepository();
      UUID mail =
          database.inTransaction(
              em -> {
                repository.em = em;
                OutboxMessage message =
                    OutboxMessage.of(
                        new EmailMessage(
                            "alice@example.org",
                            "Sign: lease",
                            "Open https://paraph.example/sign/" + TOKEN + "\n",
                            List.of(TOKEN)),
                        CIPHER,
                        NOW);
                repository.add(message);
                return message.id();
              });
      UUID sms =
          database.inTransaction(
              em -> {
                repository.em = em;
                OutboxMessage message =
                    OutboxMessage.of(
                        new SmsMessage(
                            "+33612345678", CODE + " is your Paraph code", List.of(CODE)),
                        CIPHER,
                        NOW);
                repository.add(message);
                return message.id();
              });

      try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
        for (UUID id : List.of(mail, sms)) {
          String row = rowAsText(connection, id);
          assertFalse(row.contains(TOKEN), row);
          assertFalse(row.contains(CODE), row);
          assertTrue(row.contains("[redacted]"), row);
          assertTrue(row.contains("v1:"), () -> "the text to send is sealed: " + row);
        }
      }
      assertEquals(
          "Open https://paraph.example/sign/" + TOKEN + "\n",
          database.inTransaction(em -> em.find(OutboxMessage.class, mail).email(CIPHER).body()));

      database.inTransaction(
          em -> {
            em.find(OutboxMessage.class, mail).sent(NOW);
            em.find(OutboxMessage.class, sms).failed("the gateway answered HTTP 400", true, NOW);
            return null;
          });
      try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
        for (UUID id : List.of(mail, sms)) {
          String row = rowAsText(connection, id);
          assertFalse(row.contains("v1:"), () -> "nothing sealed is kept once it went: " + row);
          assertTrue(row.contains("[redacted]"), row);
        }
        assertNull(column(connection, mail, "sealed_body"));
        assertEquals(
            "Open https://paraph.example/sign/[redacted]\n", column(connection, mail, "body"));
      }
    }
  }

  @Test
  void anUpgradeRedactsWhatWasSentAndStillDeliversWhatWaits() throws SQLException {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .table("paraph_schema_history")
        .target("12")
        .load()
        .migrate();
    String invitation = "Open this link to read and sign:\nhttps://paraph.example/sign/" + TOKEN;
    String codeMail = "Hello Alice,\n\n" + CODE + " is your Paraph code to sign \"Lease 2026\".";
    UUID sent = UUID.randomUUID();
    UUID failed = UUID.randomUUID();
    UUID pending = UUID.randomUUID();
    try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
      insertOldRow(connection, sent, "Lease", invitation, "SENT");
      insertOldRow(connection, failed, "Your code", codeMail, "FAILED");
      insertOldRow(connection, pending, "Lease", invitation, "PENDING");
    }

    try (MigratedDatabase database = MigratedDatabase.upgrade(url, OutboxMessage.class);
        Connection connection = DriverManager.getConnection(url, "sa", "")) {
      assertEquals(
          "Open this link to read and sign:\nhttps://paraph.example/sign/[redacted]",
          column(connection, sent, "body"));
      assertEquals(
          "Hello Alice,\n\n[redacted] is your Paraph code to sign \"Lease 2026\".",
          column(connection, failed, "body"));
      // Queued before the upgrade: sent as it was, and administrators still see it redacted.
      assertEquals(invitation, column(connection, pending, "body"));
      assertEquals(
          invitation,
          database.inTransaction(em -> em.find(OutboxMessage.class, pending).email(CIPHER).body()));
      assertFalse(
          database
              .inTransaction(em -> em.find(OutboxMessage.class, pending).redactedBody())
              .contains(TOKEN));

      database.inTransaction(
          em -> {
            em.find(OutboxMessage.class, pending).sent(NOW);
            return null;
          });
      assertEquals(
          "Open this link to read and sign:\nhttps://paraph.example/sign/[redacted]",
          column(connection, pending, "body"));
    }
  }

  @Test
  void theJavaMigrationIsTheVersionItsBriefGaveIt() {
    assertEquals("14", DatabaseMigrations.JAVA_MIGRATIONS[0].getVersion().getVersion());
  }

  private static void insertOldRow(
      Connection connection, UUID id, String subject, String body, String state)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO outbox_message (id, channel, recipient, subject, body, state, attempts,"
                + " next_attempt_at, created_at, sent_at) VALUES (?, 'MAIL', 'alice@example.org',"
                + " ?, ?, ?, 1, ?, ?, ?)")) {
      insert.setObject(1, id);
      insert.setString(2, subject);
      insert.setString(3, body);
      insert.setString(4, state);
      insert.setTimestamp(5, Timestamp.from(NOW));
      insert.setTimestamp(6, Timestamp.from(NOW));
      insert.setTimestamp(7, state.equals("SENT") ? Timestamp.from(NOW) : null);
      insert.executeUpdate();
    }
  }

  private static String column(Connection connection, UUID id, String column) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT " + column + " FROM outbox_message WHERE id = ?")) {
      select.setObject(1, id);
      try (ResultSet row = select.executeQuery()) {
        assertTrue(row.next());
        return row.getString(1);
      }
    }
  }

  /** Every column of the row, as text, as a dump would show it. */
  private static String rowAsText(Connection connection, UUID id) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement("SELECT * FROM outbox_message WHERE id = ?")) {
      select.setObject(1, id);
      try (ResultSet row = select.executeQuery()) {
        assertTrue(row.next());
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
          values.add(row.getMetaData().getColumnName(i) + "=" + row.getString(i));
        }
        return String.join(" | ", values);
      }
    }
  }
}
