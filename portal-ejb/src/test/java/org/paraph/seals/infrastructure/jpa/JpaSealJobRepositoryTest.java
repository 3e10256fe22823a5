package org.paraph.seals.infrastructure.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paraph.documents.domain.Document;
import org.paraph.documents.domain.DocumentVersion;
import org.paraph.seals.domain.Placement;
import org.paraph.seals.domain.PlacementRequest;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealFormat;
import org.paraph.seals.domain.SealJob;
import org.paraph.seals.domain.SealJobOptions;
import org.paraph.seals.domain.SealJobState;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.StoredPkcs12;
import org.paraph.shared.domain.Actor;
import org.paraph.testsupport.MigratedDatabase;

/**
 * The job queue's SQL on the real schema (the Flyway migrations on H2, as the embedded server runs
 * them): a job is claimed by one node only, even when several race for it; a lease that ran out
 * lets another node take the job, and the first node's late result is then refused.
 */
class JpaSealJobRepositoryTest {

  private static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");
  private static final Duration LEASE = Duration.ofMinutes(5);

  private MigratedDatabase database;
  private Seal seal;

  @BeforeEach
  void migrateAFreshDatabase() {
    database =
        MigratedDatabase.withEntities(
            SealJob.class, Seal.class, Document.class, DocumentVersion.class);
    seal =
        new Seal(
            "demo", "Demo Organisation", new StoredPkcs12(new byte[] {1}, "x"), true, true, T0);
    database.inTransaction(
        em -> {
          em.persist(seal);
          return null;
        });
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aPendingJobIsDueAndClaimedByOneNodeOnly() {
    SealJob job = enqueue(PlacementRequest.invisible());

    assertEquals(List.of(job.id()), database.inTransaction(em -> repository(em).due(T0, 10)));
    assertTrue(claim(job.id(), "node-a", T0));
    assertFalse(claim(job.id(), "node-b", T0), "already RUNNING under a lease");
    assertEquals(
        List.of(), database.inTransaction(em -> repository(em).due(T0.plusSeconds(60), 10)));

    SealJob claimed = find(job.id());
    assertEquals(SealJobState.RUNNING, claimed.state());
    assertEquals("node-a", claimed.lockedBy().orElseThrow());
    assertEquals(T0.plus(LEASE), claimed.lockedUntil().orElseThrow());
    assertEquals(1, claimed.attempts());
  }

  @Test
  void ofNodesRacingForTheSameJobExactlyOneGetsIt() throws Exception {
    SealJob job = enqueue(PlacementRequest.invisible());
    int nodes = 8;
    ExecutorService threads = Executors.newFixedThreadPool(nodes);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Boolean>> claims = new ArrayList<>();
      for (int i = 0; i < nodes; i++) {
        String node = "node-" + i;
        Callable<Boolean> claim =
            () -> {
              start.await();
              return claim(job.id(), node, T0);
            };
        claims.add(threads.submit(claim));
      }
      start.countDown();
      int won = 0;
      for (Future<Boolean> claim : claims) {
        won += claim.get() ? 1 : 0;
      }
      assertEquals(1, won);
      assertEquals(1, find(job.id()).attempts(), "claimed once");
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void whenTheLeaseRunsOutAnotherNodeTakesTheJobAndTheFirstNodesResultIsRefused() {
    SealJob job = enqueue(PlacementRequest.invisible());
    UUID tokenOfA = claimToken(job.id(), "node-a", T0);
    Instant afterTheLease = T0.plus(LEASE).plusSeconds(1);

    // Node A is still sealing (its transaction open, the job read) when its lease runs out.
    EntityManager nodeA = database.createEntityManager();
    try {
      nodeA.getTransaction().begin();
      SealJob seenByA = repository(nodeA).find(job.id()).orElseThrow();
      assertTrue(seenByA.heldBy(tokenOfA));

      assertEquals(
          List.of(job.id()), database.inTransaction(em -> repository(em).due(afterTheLease, 10)));
      assertTrue(claim(job.id(), "node-b", afterTheLease), "node B takes the job over");

      seenByA.done(UUID.randomUUID(), afterTheLease);
      assertThrows(
          PersistenceException.class,
          () -> nodeA.getTransaction().commit(),
          "node A's seal rolls back: the job is node B's now");
    } finally {
      nodeA.close();
    }
    SealJob now = find(job.id());
    assertEquals(SealJobState.RUNNING, now.state());
    assertEquals("node-b", now.lockedBy().orElseThrow());
    assertEquals(2, now.attempts());
    assertFalse(now.heldBy(tokenOfA));
  }

  @Test
  void aNodeThatStartsPutsBackOnlyTheJobsItHeld() {
    SealJob mine = enqueue(PlacementRequest.invisible());
    SealJob theirs = enqueue(PlacementRequest.invisible());
    assertTrue(claim(mine.id(), "node-a", T0));
    assertTrue(claim(theirs.id(), "node-b", T0));

    assertEquals(1, (int) database.inTransaction(em -> repository(em).release("node-a", T0)));

    assertEquals(SealJobState.PENDING, find(mine.id()).state());
    assertEquals(SealJobState.RUNNING, find(theirs.id()).state());
    assertEquals(List.of(mine.id()), database.inTransaction(em -> repository(em).due(T0, 10)));
  }

  @Test
  void aFailureThatMayPassWaitsForItsRetryTimeAndKeepsItsReason() {
    SealJob job = enqueue(PlacementRequest.invisible());
    UUID token = claimToken(job.id(), "node-a", T0);
    Instant retryAt = T0.plusSeconds(10);
    database.inTransaction(
        em -> {
          SealJob held = em.find(SealJob.class, job.id());
          assertTrue(held.heldBy(token));
          held.retryLater("timestamp-unavailable", "The TSA did not answer", retryAt, T0);
          return null;
        });

    assertEquals(
        List.of(), database.inTransaction(em -> repository(em).due(T0.plusSeconds(9), 10)));
    assertEquals(List.of(job.id()), database.inTransaction(em -> repository(em).due(retryAt, 10)));
    SealJob waiting = find(job.id());
    assertEquals(SealJobState.PENDING, waiting.state());
    assertEquals("timestamp-unavailable", waiting.errorType().orElseThrow());
  }

  @Test
  void theOptionsComeBackAsGiven() {
    List<PlacementRequest> placements =
        List.of(
            PlacementRequest.invisible(),
            PlacementRequest.at(new Placement(2, 10.5f, 20, 150, 60)),
            new PlacementRequest.AtKeyword("SEAL-HERE", 180, 50),
            PlacementRequest.inField("Approver"));
    for (PlacementRequest placement : placements) {
      SealJob job = enqueue(placement);
      SealJobOptions options = find(job.id()).options();
      assertEquals(placement, options.placement());
      assertEquals(SealLevel.B_LT, options.level());
      assertEquals("Certified copy", options.reason());
      assertEquals("Brussels", options.location());
      assertEquals("alice", find(job.id()).actor().name());
    }
  }

  private SealJob enqueue(PlacementRequest placement) {
    return database.inTransaction(
        em -> {
          Document document = new Document("letter.pdf", "alice", T0);
          em.persist(document);
          DocumentVersion input =
              new DocumentVersion(document.id(), 1, new byte[] {1}, "alice", T0);
          em.persist(input);
          SealJob job =
              new SealJob(
                  null,
                  0,
                  document.id(),
                  input.id(),
                  seal,
                  new SealJobOptions(
                      SealFormat.PADES, SealLevel.B_LT, placement, "Certified copy", "Brussels"),
                  Actor.user("alice", "192.0.2.1", "test"),
                  T0);
          repository(em).add(job);
          return job;
        });
  }

  private boolean claim(UUID id, String node, Instant now) {
    return database.inTransaction(
        em -> repository(em).claim(id, node, UUID.randomUUID(), now, now.plus(LEASE)));
  }

  private UUID claimToken(UUID id, String node, Instant now) {
    UUID token = UUID.randomUUID();
    boolean claimed =
        database.inTransaction(em -> repository(em).claim(id, node, token, now, now.plus(LEASE)));
    assertTrue(claimed);
    return token;
  }

  private SealJob find(UUID id) {
    return database.inTransaction(em -> repository(em).find(id).orElseThrow());
  }

  private static JpaSealJobRepository repository(EntityManager em) {
    JpaSealJobRepository repository = new JpaSealJobRepository();
    repository.em = em;
    return repository;
  }
}
