package org.paraph.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;
import org.paraph.messaging.infrastructure.OutboxRedactionMigration;

/**
 * Brings the portal's schema to the current version before anything else touches the database. The
 * schema is owned by the versioned migrations in {@code db/migration}, which run unchanged on H2
 * and PostgreSQL; Flowable keeps its own tables.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

  private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

  /**
   * The versions that are Java rather than SQL (data no SQL script can transform the same way on H2
   * and PostgreSQL), given by hand: the scripts' folder is scanned for SQL only.
   */
  public static final JavaMigration[] JAVA_MIGRATIONS = {new OutboxRedactionMigration()};

  @Resource(lookup = "java:jboss/datasources/ParaphDS")
  DataSource dataSource;

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(DatabaseMigrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .javaMigrations(JAVA_MIGRATIONS)
            .table("paraph_schema_history")
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }
}
