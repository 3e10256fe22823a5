package org.paraph.workflows.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paraph.testsupport.MigratedDatabase;
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
  private MigratedDatabase database;

  @BeforeEach
  void migrateAFreshDatabase() {
    database =
        MigratedDatabase.withEntities(Workflow.class, WorkflowDocument.class, Participant.class);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void anOldLinkIsFoundAsReplacedWithWhenAndWhyButTheCurrentAndUnknownOnesAreNot() {
    UUID workflowId = database.inTransaction(em -> persistWorkflowWithOneSigner(em).id());
    String[] tokens = new String[3];
    database.inTransaction(
        em -> {
          Participant rita = em.find(Workflow.class, workflowId).participants().get(0);
          tokens[0] = rita.issueLink(random, T0, LinkRenewal.INVITATION);
          return null;
        });
    database.inTransaction(
        em -> {
          Participant rita = em.find(Workflow.class, workflowId).participants().get(0);
          tokens[1] = rita.issueLink(random, T0.plusSeconds(3600), LinkRenewal.REMINDER);
          return null;
        });
    database.inTransaction(
        em -> {
          Participant rita = em.find(Workflow.class, workflowId).participants().get(0);
          tokens[2] = rita.issueLink(random, T0.plusSeconds(7200), LinkRenewal.RESENT_BY_SENDER);
          return null;
        });

    ReplacedLink first =
        database.inTransaction(em -> repository(em).replacedLink(tokens[0]).orElseThrow());
    assertEquals(T0.plusSeconds(3600), first.replacedAt());
    assertEquals(LinkRenewal.REMINDER, first.reason());
    ReplacedLink second =
        database.inTransaction(em -> repository(em).replacedLink(tokens[1]).orElseThrow());
    assertEquals(T0.plusSeconds(7200), second.replacedAt());
    assertEquals(LinkRenewal.RESENT_BY_SENDER, second.reason());

    assertEquals(
        false, database.inTransaction(em -> repository(em).replacedLink(tokens[2]).isPresent()));
    assertEquals(
        true,
        database.inTransaction(em -> repository(em).participantByLinkToken(tokens[2]).isPresent()));
    assertEquals(
        false,
        database.inTransaction(em -> repository(em).participantByLinkToken(tokens[0]).isPresent()));
    assertEquals(
        false, database.inTransaction(em -> repository(em).replacedLink("never-sent").isPresent()));
    assertEquals(
        List.of(Participant.hashOfToken(tokens[0]), Participant.hashOfToken(tokens[1])),
        database.inTransaction(
            em ->
                em.createNativeQuery(
                        "select token_hash from workflow_replaced_link order by replaced_at",
                        String.class)
                    .getResultList()),
        "only hashes are stored, never the tokens");
  }

  @Test
  void theReplacedLinksOfAWorkflowGoWithIt() {
    UUID workflowId = database.inTransaction(em -> persistWorkflowWithOneSigner(em).id());
    database.inTransaction(
        em -> {
          Participant rita = em.find(Workflow.class, workflowId).participants().get(0);
          rita.issueLink(random, T0, LinkRenewal.INVITATION);
          rita.issueLink(random, T0.plusSeconds(60), LinkRenewal.REMINDER);
          return null;
        });
    assertEquals(1L, replacedRows());

    database.inTransaction(
        em -> {
          em.remove(em.find(Workflow.class, workflowId));
          return null;
        });
    assertEquals(0L, replacedRows());
  }

  @Test
  void theDatabaseDropsAParticipantsReplacedLinksWhenTheParticipantRowGoes() {
    UUID workflowId = database.inTransaction(em -> persistWorkflowWithOneSigner(em).id());
    UUID participantId =
        database.inTransaction(
            em -> {
              Participant rita = em.find(Workflow.class, workflowId).participants().get(0);
              rita.issueLink(random, T0, LinkRenewal.INVITATION);
              rita.issueLink(random, T0.plusSeconds(60), LinkRenewal.REMINDER);
              return rita.id();
            });
    assertEquals(1L, replacedRows());

    // As a retention job in SQL would delete: no foreign key blocks it, no row is left behind.
    database.inTransaction(
        em ->
            em.createNativeQuery("delete from workflow_participant where id = :id")
                .setParameter("id", participantId)
                .executeUpdate());
    assertEquals(0L, replacedRows());
  }

  private long replacedRows() {
    return database.inTransaction(
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
}
