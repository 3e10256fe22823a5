package org.paraph.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The database the system tests run the portal on: the embedded H2 by default, or, with {@code
 * -Dparaph.it.db=postgresql}, a fresh PostgreSQL database per server, created on the cluster at
 * {@code paraph.it.pg.url} (the test database of CI's machine) and kept for inspection until a
 * later run clears it.
 */
public final class Database {

  /** How long a test database is kept for inspection, and safe from other runs' clean-up. */
  private static final Duration KEPT_FOR = Duration.ofHours(3);

  private static boolean earlierRunsDropped;

  private final boolean postgres;

  private Database(boolean postgres) {
    this.postgres = postgres;
  }

  public static Database configured() {
    return new Database("postgresql".equalsIgnoreCase(System.getProperty("paraph.it.db", "h2")));
  }

  public boolean isPostgres() {
    return postgres;
  }

  Map<String, String> environmentFor(String serverName) {
    if (!postgres) {
      return Map.of();
    }
    String adminUrl =
        System.getProperty("paraph.it.pg.url", "jdbc:postgresql://127.0.0.1:5432/test");
    String user = System.getProperty("paraph.it.pg.user", "postgres");
    String database =
        ("paraph_it_" + serverName + "_" + Long.toString(System.currentTimeMillis(), 36))
            .replaceAll("[^a-z0-9_]", "_");
    try (Connection connection = DriverManager.getConnection(adminUrl, user, "");
        Statement statement = connection.createStatement()) {
      dropThoseOfEarlierRuns(statement);
      statement.execute("CREATE DATABASE " + database);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot create the test database on " + adminUrl + ": " + e.getMessage(), e);
    }
    String url = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + database;
    return Map.of("PARAPH_DB_URL", url, "PARAPH_DB_USER", user, "PARAPH_DB_PASSWORD", "");
  }

  /**
   * Once per test run: the databases of earlier runs go, so the cluster does not fill up. Only
   * those created more than {@link #KEPT_FOR} ago and no longer in use: another test run on the
   * same machine may be using its own right now, and PostgreSQL refuses to drop a database that has
   * sessions (no FORCE here).
   */
  private static synchronized void dropThoseOfEarlierRuns(Statement statement) throws SQLException {
    if (earlierRunsDropped) {
      return;
    }
    List<String> earlier = new ArrayList<>();
    try (ResultSet rows =
        statement.executeQuery(
            "SELECT datname FROM pg_database WHERE datname LIKE 'paraph\\_it\\_%'")) {
      while (rows.next()) {
        earlier.add(rows.getString(1));
      }
    }
    Instant keepFrom = Instant.now().minus(KEPT_FOR);
    for (String name : earlier) {
      if (createdAt(name).isBefore(keepFrom)) {
        try {
          statement.execute("DROP DATABASE IF EXISTS " + name);
        } catch (SQLException inUse) {
          // a run that is still going: its database stays
        }
      }
    }
    earlierRunsDropped = true;
  }

  /** The creation time the name ends with (base-36 milliseconds), or the epoch for odd names. */
  static Instant createdAt(String databaseName) {
    String suffix = databaseName.substring(databaseName.lastIndexOf('_') + 1);
    try {
      return Instant.ofEpochMilli(Long.parseLong(suffix, 36));
    } catch (NumberFormatException e) {
      return Instant.EPOCH;
    }
  }
}
