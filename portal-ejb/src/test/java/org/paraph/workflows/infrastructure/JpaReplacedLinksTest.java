package org.paraph.workflows.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paraph.workflows.domain.AuthenticationChannel;
import org.paraph.workflows.domain.LinkRenewal;
import org.paraph.workflows.domain.Participant;
import org.paraph.workflows.domain.ParticipantAction;
import org.paraph.workflows.domain.ParticipantDetails;
import org.paraph.workflows.domain.ReplacedLink;
import org.paraph.workflows.domain.SignatureMode;
import org.paraph.workflows.domain.Workflow;
import org.paraph.workflows.domain.WorkflowDocument;
import org.paraph.workflows.domain.WorkflowSettings;

/**
 * Replaced participant links on the real schema (the Flyway migrations on H2, as the embedded
 * server runs them): an old link is found as replaced, with when and why; the current link and an
 * unknown token are not; and the replaced links go with their participant and workflow.
 */
class JpaReplacedLinksTest {

  private static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");

  private final SecureRandom random = new SecureRandom();
  private SessionFactory database;

  @BeforeEach
  void migrateAFreshDatabase() {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure()
        .dataSource(url, "sa", "")
        .locations("classpath:db/migration")
        .table("paraph_schema_history")
        .load()
        .migrate();
    database =
        new Configuration()
            .addAnnotatedClass(Workflow.class)
            .addAnnotatedClass(WorkflowDocument.class)
            .addAnnotatedClass(Participant.class)
            .setProperty(AvailableSettings.JAKARTA_JDBC_URL, url)
            .setProperty(AvailableSettings.JAKARTA_JDBC_USER, "sa")
            .setProperty(AvailableSettings.JAKARTA_JDBC_PASSWORD, "")
            .setProperty(AvailableSettings.JDBC_TIME_ZONE, "UTC")
            .buildSessionFactory();
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void anOldLinkIsFoundAsReplacedWithWhenAndWhyButTheCurrentAndUnknownOnesAreNot() {
    UUID workflowId = inTransaction(em -> persistWorkflowWithOneSigner(em).id());
    String[] tokens = new String[3];
    inTransaction(
        em -> {
          Participant rita = em.find(Workflow.class, workflowId).participants().get(0);
          tokens[0] = rita.issueLink(random, T0, LinkRenewal.INVITATION);
          return null;
        });
    inTransaction(
        em -> {
          Participant rita = em.find(Workflow.class, workflowId).participants().get(0);
          tokens[1] = rita.issueLink(random, T0.plusSeconds(3600), LinkRenewal.REMINDER);
          return null;
        });
    inTransaction(
        em -> {
          Participant rita = em.find(Workflow.class, workflowId).participants().get(0);
          tokens[2] = rita.issueLink(random, T0.plusSeconds(7200), LinkRenewal.RESENT_BY_SENDER);
          return null;
        });

    ReplacedLink first = inTransaction(em -> repository(em).replacedLink(tokens[0]).orElseThrow());
    assertEquals(T0.plusSeconds(3600), first.replacedAt());
    assertEquals(LinkRenewal.REMINDER, first.reason());
    ReplacedLink second = inTransaction(em -> repository(em).replacedLink(tokens[1]).orElseThrow());
    assertEquals(T0.plusSeconds(7200), second.replacedAt());
    assertEquals(LinkRenewal.RESENT_BY_SENDER, second.reason());

    assertEquals(false, inTransaction(em -> repository(em).replacedLink(tokens[2]).isPresent()));
    assertEquals(
        true, inTransaction(em -> repository(em).participantByLinkToken(tokens[2]).isPresent()));
    assertEquals(
        false, inTransaction(em -> repository(em).participantByLinkToken(tokens[0]).isPresent()));
    assertEquals(false, inTransaction(em -> repository(em).replacedLink("never-sent").isPresent()));
    assertEquals(
        List.of(Participant.hashOfToken(tokens[0]), Participant.hashOfToken(tokens[1])),
        inTransaction(
            em ->
                em.createNativeQuery(
                        "select token_hash from workflow_replaced_link order by replaced_at",
                        String.class)
                    .getResultList()),
        "only hashes are stored, never the tokens");
  }

  @Test
  void theReplacedLinksOfAWorkflowGoWithIt() {
    UUID workflowId = inTransaction(em -> persistWorkflowWithOneSigner(em).id());
    inTransaction(
        em -> {
          Participant rita = em.find(Workflow.class, workflowId).participants().get(0);
          rita.issueLink(random, T0, LinkRenewal.INVITATION);
          rita.issueLink(random, T0.plusSeconds(60), LinkRenewal.REMINDER);
          return null;
        });
    assertEquals(1L, replacedRows());

    inTransaction(
        em -> {
          em.remove(em.find(Workflow.class, workflowId));
          return null;
        });
    assertEquals(0L, replacedRows());
  }

  @Test
  void theDatabaseDropsAParticipantsReplacedLinksWhenTheParticipantRowGoes() {
    UUID workflowId = inTransaction(em -> persistWorkflowWithOneSigner(em).id());
    UUID participantId =
        inTransaction(
            em -> {
              Participant rita = em.find(Workflow.class, workflowId).participants().get(0);
              rita.issueLink(random, T0, LinkRenewal.INVITATION);
              rita.issueLink(random, T0.plusSeconds(60), LinkRenewal.REMINDER);
              return rita.id();
            });
    assertEquals(1L, replacedRows());

    // As a retention job in SQL would delete: no foreign key blocks it, no row is left behind.
    inTransaction(
        em ->
            em.createNativeQuery("delete from workflow_participant where id = :id")
                .setParameter("id", participantId)
                .executeUpdate());
    assertEquals(0L, replacedRows());
  }

  private long replacedRows() {
    return inTransaction(
        em ->
            ((Number)
                    em.createNativeQuery("select count(*) from workflow_replaced_link")
                        .getSingleResult())
                .longValue());
  }

  private static Workflow persistWorkflowWithOneSigner(EntityManager em) {
    Workflow workflow =
        new Workflow(
            new WorkflowSettings(
                "Lease",
                T0.plus(Duration.ofDays(7)),
                null,
                null,
                Set.of(SignatureMode.TYPED),
                Set.of(),
                null),
            "sender",
            T0);
    workflow.addParticipant(
        new ParticipantDetails(
            "Rita",
            "Remind",
            "rita@example.org",
            null,
            null,
            1,
            ParticipantAction.SIGN,
            AuthenticationChannel.EMAIL,
            null,
            List.of()));
    em.persist(workflow);
    return workflow;
  }

  private static JpaWorkflowRepository repository(EntityManager em) {
    JpaWorkflowRepository repository = new JpaWorkflowRepository();
    repository.em = em;
    return repository;
  }

  private <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = database.createEntityManager();
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
}
