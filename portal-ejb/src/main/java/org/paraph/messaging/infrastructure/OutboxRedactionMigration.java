package org.paraph.messaging.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.paraph.messaging.domain.Redaction;

/**
 * Schema version 14: the outbox keeps what it will send encrypted ({@code sealed_subject}, {@code
 * sealed_body}), and the messages delivered or given up before this version lose the link tokens
 * and one-time passwords they hold in clear. In Java rather than SQL because the redaction is the
 * one the portal applies to such rows afterwards ({@link Redaction#ofKnownForms}), and H2's and
 * PostgreSQL's regular expressions differ. Messages still pending are left as they are: the
 * dispatcher delivers them in clear, then redacts them the same way.
 */
public final class OutboxRedactionMigration implements JavaMigration {

  private static final int BATCH = 500;

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("14");
  }

  @Override
  public String getDescription() {
    return "outbox encrypted until sent, delivered messages redacted";
  }

  @Override
  public Integer getChecksum() {
    // Bump when the redaction changes, as Flyway compares it with the applied script's.
    return 14_001;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("ALTER TABLE outbox_message ADD COLUMN sealed_subject VARCHAR(5000)");
      ddl.execute("ALTER TABLE outbox_message ADD COLUMN sealed_body VARCHAR(50000)");
    }
    redactDelivered(connection);
  }

  static int redactDelivered(Connection connection) throws SQLException {
    int redacted = 0;
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT id, subject, body FROM outbox_message WHERE state <> 'PENDING'");
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE outbox_message SET subject = ?, body = ? WHERE id = ?");
        ResultSet rows = select.executeQuery()) {
      int batched = 0;
      while (rows.next()) {
        String subject = rows.getString("subject");
        String body = rows.getString("body");
        String redactedSubject = Redaction.ofKnownForms(subject);
        String redactedBody = Redaction.ofKnownForms(body);
        if (Objects.equals(subject, redactedSubject) && Objects.equals(body, redactedBody)) {
          continue;
        }
        update.setString(1, redactedSubject);
        update.setString(2, redactedBody);
        update.setObject(3, rows.getObject("id"));
        update.addBatch();
        redacted++;
        if (++batched == BATCH) {
          update.executeBatch();
          batched = 0;
        }
      }
      if (batched > 0) {
        update.executeBatch();
      }
    }
    return redacted;
  }
}
