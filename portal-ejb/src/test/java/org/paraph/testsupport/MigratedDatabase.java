package org.paraph.testsupport;

import jakarta.persistence.EntityManager;
import java.util.UUID;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.paraph.bootstrap.DatabaseMigrations;

/**
 * A fresh in-memory H2 database that the portal's own migrations have built, with Hibernate over it
 * for the entities a repository test needs: the mappings meet the schema production has.
 */
public final class MigratedDatabase implements AutoCloseable {

  private final SessionFactory sessions;

  private MigratedDatabase(SessionFactory sessions) {
    this.sessions = sessions;
  }

  public static MigratedDatabase withEntities(Class<?>... entities) {
    return upgrade("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", entities);
  }

  /**
   * The database at {@code url} brought to the current version (from wherever an earlier test step
   * left it), with Hibernate over it: an upgrade as an existing installation goes through it.
   */
  public static MigratedDatabase upgrade(String url, Class<?>... entities) {
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .javaMigrations(DatabaseMigrations.JAVA_MIGRATIONS)
        .table("paraph_schema_history")
        .load()
        .migrate();
    Configuration configuration = new Configuration();
    for (Class<?> entity : entities) {
      configuration.addAnnotatedClass(entity);
    }
    return new MigratedDatabase(
        configuration
            .setProperty(AvailableSettings.JAKARTA_JDBC_URL, url)
            .setProperty(AvailableSettings.JAKARTA_JDBC_USER, "sa")
            .setProperty(AvailableSettings.JAKARTA_JDBC_PASSWORD, "")
            .setProperty(AvailableSettings.JDBC_TIME_ZONE, "UTC")
            // Enough connections for tests that play several nodes at once.
            .setProperty(AvailableSettings.POOL_SIZE, "10")
            .buildSessionFactory());
  }

  /** An entity manager of its own, for a test that drives its transaction itself. */
  public EntityManager createEntityManager() {
    return sessions.createEntityManager();
  }

  /** Runs the work in a transaction of its own, committed when it returns. */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = sessions.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  @Override
  public void close() {
    sessions.close();
  }
}
