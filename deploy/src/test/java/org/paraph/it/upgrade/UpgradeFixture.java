package org.paraph.it.upgrade;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.paraph.it.support.Database;
import org.paraph.it.support.ParaphServer;

/**
 * An installation of an earlier release, kept in the repository: its whole database as the
 * database's own dump (H2's {@code SCRIPT}, PostgreSQL's {@code pg_dump}), one per database, and a
 * manifest of what the upgrade test checks afterwards (the running workflow's next link, the sealed
 * records, the rows of every table).
 *
 * <p>Recorded by {@link RecordUpgradeFixtureIT} against the release of the day, under {@code
 * src/test/resources/upgrade/<schema version>/<database>/}; read by {@link UpgradeIT}. The portal
 * that made it ran with {@link #MASTER_KEY}, so that its stored secrets open again.
 */
final class UpgradeFixture {

  /** The schema version the fixture was recorded at; a later issue records the next one. */
  static final String VERSION = "v16";

  /** The master key of the recorded installation (a test value, never a real one). */
  static final String MASTER_KEY =
      Base64.getEncoder()
          .encodeToString("paraph-upgrade-fixture-key-32-by".getBytes(StandardCharsets.US_ASCII));

  private static final String DUMP = "database.sql.gz";
  private static final String MANIFEST = "manifest.properties";

  private UpgradeFixture() {}

  /** Where the fixture of the configured database is kept in the sources. */
  static Path sourceFolder(Database database) {
    return Path.of("src/test/resources/upgrade", VERSION, name(database));
  }

  static String name(Database database) {
    return database.isPostgres() ? "postgresql" : "h2";
  }

  // ---------------------------------------------------------------------------------------------
  // Recording

  /** Dumps the stopped server's database into {@code folder} and writes the manifest beside it. */
  static void write(ParaphServer stopped, Database database, Path folder, Properties manifest)
      throws Exception {
    Files.createDirectories(folder);
    Path dump = folder.resolve(DUMP).toAbsolutePath();
    Files.deleteIfExists(dump);
    try (Connection connection = stopped.openDatabase()) {
      if (database.isPostgres()) {
        pgDump(connection, dump);
      } else {
        try (Statement statement = connection.createStatement()) {
          statement.execute("SCRIPT TO '" + dump + "' COMPRESSION GZIP");
        }
      }
      rowCounts(connection)
          .forEach((table, rows) -> manifest.setProperty("rows." + table, "" + rows));
    }
    try (Writer out = Files.newBufferedWriter(folder.resolve(MANIFEST), StandardCharsets.UTF_8)) {
      manifest.store(out, "Recorded by RecordUpgradeFixtureIT; read by UpgradeIT");
    }
  }

  private static void pgDump(Connection connection, Path dump) throws Exception {
    String database = connection.getCatalog();
    Process process =
        new ProcessBuilder(
                "pg_dump",
                "--no-owner",
                "--no-privileges",
                "-h",
                host(connection),
                "-U",
                connection.getMetaData().getUserName(),
                "-d",
                database)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try (InputStream in = process.getInputStream();
        OutputStream out = new GZIPOutputStream(Files.newOutputStream(dump))) {
      in.transferTo(out);
    }
    if (process.waitFor() != 0) {
      throw new IllegalStateException("pg_dump of " + database + " failed");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Restoring

  static Properties manifest(Path folder) throws IOException {
    Properties manifest = new Properties();
    try (Reader in = Files.newBufferedReader(folder.resolve(MANIFEST), StandardCharsets.UTF_8)) {
      manifest.load(in);
    }
    return manifest;
  }

  /**
   * Loads the fixture's dump into the database of a server that has not started yet (its data
   * directory and, on PostgreSQL, its empty database exist), as an operator restores a backup.
   */
  static void restore(ParaphServer notStarted, Database database, Path folder) throws Exception {
    Path dump = folder.resolve(DUMP).toAbsolutePath();
    try (Connection connection = notStarted.openDatabase()) {
      if (database.isPostgres()) {
        psql(connection, dump);
      } else {
        try (Statement statement = connection.createStatement()) {
          statement.execute("RUNSCRIPT FROM '" + dump + "' COMPRESSION GZIP");
        }
      }
    }
  }

  /**
   * The fixture is recorded once and replayed for months, and its workflow in progress was given
   * 300 days: once fewer than 30 are left, its deadline (the portal's and the engine's timer) moves
   * 30 days ahead of today, as if the fixture had been recorded recently. Before that, nothing is
   * touched.
   */
  static void keepRunningWorkflowOpen(ParaphServer notStarted, String workflowId)
      throws SQLException {
    Instant soon = Instant.now().plus(Duration.ofDays(30));
    try (Connection connection = notStarted.openDatabase()) {
      String processInstance;
      Instant expiresAt;
      try (PreparedStatement select =
          connection.prepareStatement(
              "SELECT process_instance_id, expires_at FROM workflow WHERE id = ?")) {
        select.setObject(1, UUID.fromString(workflowId));
        try (ResultSet row = select.executeQuery()) {
          if (!row.next()) {
            throw new IllegalStateException("the fixture has no workflow " + workflowId);
          }
          processInstance = row.getString(1);
          expiresAt = row.getObject(2, OffsetDateTime.class).toInstant();
        }
      }
      if (expiresAt.isAfter(soon)) {
        return;
      }
      try (PreparedStatement workflow =
              connection.prepareStatement("UPDATE workflow SET expires_at = ? WHERE id = ?");
          PreparedStatement timer =
              connection.prepareStatement(
                  "UPDATE ACT_RU_TIMER_JOB SET DUEDATE_ = ?"
                      + " WHERE PROC_INST_ID_ = ? AND ELEMENT_ID_ = 'expiryTimer'")) {
        workflow.setObject(1, soon.atOffset(ZoneOffset.UTC));
        workflow.setObject(2, UUID.fromString(workflowId));
        workflow.executeUpdate();
        timer.setTimestamp(1, Timestamp.from(soon));
        timer.setString(2, processInstance);
        if (timer.executeUpdate() != 1) {
          throw new IllegalStateException("no expiry timer for workflow " + workflowId);
        }
      }
    }
  }

  private static void psql(Connection connection, Path dump) throws Exception {
    Process process =
        new ProcessBuilder(
                "psql",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                host(connection),
                "-U",
                connection.getMetaData().getUserName(),
                "-d",
                connection.getCatalog())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(dump));
        OutputStream out = process.getOutputStream()) {
      in.transferTo(out);
    }
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException("psql could not restore " + dump);
    }
  }

  private static String host(Connection connection) throws SQLException {
    // jdbc:postgresql://127.0.0.1:5432/name
    String url = connection.getMetaData().getURL();
    String authority =
        url.substring(url.indexOf("//") + 2, url.indexOf('/', url.indexOf("//") + 2));
    return authority.contains(":") ? authority.substring(0, authority.indexOf(':')) : authority;
  }

  // ---------------------------------------------------------------------------------------------
  // Tables

  /** Every table of the portal's schema (Flowable's included) with its number of rows. */
  static Map<String, Long> rowCounts(Connection connection) throws SQLException {
    Map<String, Long> counts = new TreeMap<>();
    for (String table : tables(connection)) {
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
        rows.next();
        counts.put(table.toLowerCase(Locale.ROOT), rows.getLong(1));
      }
    }
    return counts;
  }

  private static List<String> tables(Connection connection) throws SQLException {
    DatabaseMetaData metaData = connection.getMetaData();
    boolean postgres =
        metaData.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    String schema = postgres ? "public" : "PUBLIC";
    List<String> tables = new ArrayList<>();
    try (ResultSet rows = metaData.getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        tables.add(rows.getString("TABLE_NAME"));
      }
    }
    return tables;
  }
}
