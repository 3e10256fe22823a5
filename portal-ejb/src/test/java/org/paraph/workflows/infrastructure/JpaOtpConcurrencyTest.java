package org.paraph.workflows.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paraph.testsupport.MigratedDatabase;
import org.paraph.workflows.domain.AuthenticationChannel;
import org.paraph.workflows.domain.LinkRenewal;
import org.paraph.workflows.domain.OtpCheck;
import org.paraph.workflows.domain.OtpRequestLimit;
import org.paraph.workflows.domain.OtpRequestsExceededException;
import org.paraph.workflows.domain.Participant;
import org.paraph.workflows.domain.ParticipantAction;
import org.paraph.workflows.domain.ParticipantDetails;
import org.paraph.workflows.domain.ParticipantState;
import org.paraph.workflows.domain.SignLinkException;
import org.paraph.workflows.domain.SignatureMode;
import org.paraph.workflows.domain.Workflow;
import org.paraph.workflows.domain.WorkflowDocument;
import org.paraph.workflows.domain.WorkflowSettings;

/**
 * One link used many times at once, on the real schema (the Flyway migrations on H2, as the
 * embedded server runs them), each use in its own transaction as the requests are: the row lock
 * makes wrong codes count one after the other, and the budget of codes holds.
 */
class JpaOtpConcurrencyTest {

  private static final Instant T0 = Instant.parse("2026-12-06T09:00:00Z");

  private final SecureRandom random = new SecureRandom();
  private MigratedDatabase database;
  private ExecutorService threads;
  private String token;

  @BeforeEach
  void aSignerWithALink() {
    database =
        MigratedDatabase.withEntities(Workflow.class, WorkflowDocument.class, Participant.class);
    threads = Executors.newFixedThreadPool(8);
    UUID workflowId = database.inTransaction(em -> persistWorkflowWithOneSigner(em).id());
    token =
        database.inTransaction(
            em ->
                em.find(Workflow.class, workflowId)
                    .participants()
                    .get(0)
                    .issueLink(random, T0, LinkRenewal.INVITATION));
  }

  @AfterEach
  void close() {
    threads.shutdownNow();
    database.close();
  }

  @Test
  void fiftyWrongCodesAtOnceAreEvaluatedFiveTimesAndLockTheLinkOnce() throws Exception {
    String code =
        database.inTransaction(em -> participant(em).issueOtp(random, T0, OtpRequestLimit.DEFAULT));
    String wrong = code.equals("000000") ? "111111" : "000000";

    Map<String, Long> answers =
        atOnce(
            50,
            () ->
                database.inTransaction(
                    em -> {
                      Participant participant = participant(em);
                      repository(em).lockAndRefresh(participant);
                      try {
                        return participant.checkOtp(wrong, T0.plusSeconds(5)).name();
                      } catch (SignLinkException e) {
                        return e.problemType();
                      }
                    }));

    assertEquals(
        Map.of(OtpCheck.WRONG.name(), 4L, OtpCheck.LOCKED.name(), 46L),
        answers,
        "four wrong tries, the fifth locks, every later one finds the link locked");
    Participant after = database.inTransaction(this::participant);
    assertEquals(Participant.MAX_OTP_FAILURES, after.otpFailures(), "exactly five evaluations");
    assertEquals(ParticipantState.LOCKED, after.state());
    assertEquals(
        OtpCheck.LOCKED,
        database.inTransaction(em -> participant(em).checkOtp(code, T0.plusSeconds(6))),
        "not even the right code");
  }

  @Test
  void tenRequestsForACodeAtOnceSendThreeAndTheBudgetIsKeptInTheDatabase() throws Exception {
    Map<String, Long> answers =
        atOnce(
            10,
            () ->
                database.inTransaction(
                    em -> {
                      Participant participant = participant(em);
                      repository(em).lockAndRefresh(participant);
                      try {
                        participant.issueOtp(random, T0, OtpRequestLimit.DEFAULT);
                        return "sent";
                      } catch (OtpRequestsExceededException e) {
                        return e.problemType();
                      }
                    }));

    assertEquals(Map.of("sent", 3L, "otp-rate-limited", 7L), answers);
    assertEquals(3L, requestRows());

    // A new link from the sender: a fresh budget, and the old times are gone from the database.
    database.inTransaction(
        em -> participant(em).issueLink(random, T0.plusSeconds(60), LinkRenewal.RESENT_BY_SENDER));
    assertEquals(0L, requestRows());
  }

  private Map<String, Long> atOnce(int count, Callable<String> use) throws Exception {
    List<Callable<String>> uses = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      uses.add(use);
    }
    List<String> results = new ArrayList<>();
    for (Future<String> result : threads.invokeAll(uses)) {
      results.add(result.get());
    }
    return results.stream()
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  private Participant participant(EntityManager em) {
    return repository(em).participantByLinkToken(token).orElseThrow();
  }

  private long requestRows() {
    return database.inTransaction(
        em ->
            ((Number)
                    em.createNativeQuery("select count(*) from workflow_otp_request")
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
            "Gus",
            "Guess",
            "gus@example.org",
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
