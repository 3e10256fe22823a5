package org.paraph.seals.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paraph.audit.application.AuditLog;
import org.paraph.documents.domain.Document;
import org.paraph.documents.domain.DocumentRepository;
import org.paraph.documents.domain.DocumentTooLargeException;
import org.paraph.documents.domain.DocumentVersion;
import org.paraph.seals.domain.InvalidBatchException;
import org.paraph.seals.domain.InvalidSealOptionException;
import org.paraph.seals.domain.PersonalSealException;
import org.paraph.seals.domain.Placement;
import org.paraph.seals.domain.PlacementRequest;
import org.paraph.seals.domain.RetirementReason;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealBatch;
import org.paraph.seals.domain.SealBatchNotFoundException;
import org.paraph.seals.domain.SealBatchRepository;
import org.paraph.seals.domain.SealFormat;
import org.paraph.seals.domain.SealJob;
import org.paraph.seals.domain.SealJobOptions;
import org.paraph.seals.domain.SealJobRepository;
import org.paraph.seals.domain.SealJobState;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealRepository;
import org.paraph.seals.domain.SealRetiredException;
import org.paraph.seals.domain.StoredPkcs12;
import org.paraph.seals.domain.UnknownSealException;
import org.paraph.shared.application.PortalConfig;
import org.paraph.shared.domain.Actor;

/**
 * Handing in a batch, with in-memory stores for the ports: a batch is checked as a whole before
 * anything is stored, each document becomes a pending job in the order given, and only the batch's
 * owner and administrators see it.
 */
class SealBatchServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
  private static final Actor ALICE = Actor.user("alice", "192.0.2.1", "test");
  private static final SealJobOptions B_T =
      new SealJobOptions(SealFormat.PADES, SealLevel.B_T, PlacementRequest.invisible(), null, null);

  private final Map<UUID, SealBatch> batchStore = new HashMap<>();
  private final List<SealJob> jobStore = new ArrayList<>();
  private final List<Object> documentStore = new ArrayList<>();
  private final List<SealJobsEnqueued> wakeUps = new ArrayList<>();
  private SealBatchService service;

  @BeforeEach
  void wire() {
    Seal demo =
        new Seal(
            "demo", "Demo Organisation", new StoredPkcs12(new byte[] {1}, "x"), true, true, NOW);
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    SealingService sealing = new SealingService();
    Seal bobs =
        Seal.personal("bob-cert", "Bob", new StoredPkcs12(new byte[] {2}, "y"), "bob", false, NOW);
    Seal retired =
        new Seal("acme-2025", "ACME", new StoredPkcs12(new byte[] {3}, "z"), false, false, NOW);
    retired.retire("admin", NOW, List.of(), RetirementReason.OTHER);
    sealing.seals = new Seals(demo, bobs, retired);
    sealing.metrics = (use, sealName, level, result, took) -> {};

    SealJobSettings settings = new SealJobSettings();
    settings.workers = Optional.of(2);
    settings.batchMaxFiles = 3;
    settings.batchMaxMegabytes = 1;

    SealJobQueue queue = new SealJobQueue();
    queue.jobs = new Jobs();
    queue.clock = clock;
    queue.enqueued = new RecordingEvent<>(wakeUps);

    service = new SealBatchService();
    service.sealing = sealing;
    service.queue = queue;
    service.batches = new Batches();
    service.jobs = queue.jobs;
    service.documents = new Documents();
    service.auditLog = new NoAudit();
    service.config =
        new PortalConfig() {
          @Override
          public long maxUploadBytes() {
            return 600 * 1024;
          }

          @Override
          public int maxUploadMegabytes() {
            return 1;
          }
        };
    service.settings = settings;
    service.enqueued = new RecordingEvent<>(wakeUps);
    service.clock = clock;
  }

  @Test
  void eachDocumentBecomesAPendingJobInTheOrderGiven() {
    SealBatch batch =
        service.submit(
            ALICE, List.of(file("a.pdf", 10), file("../dir/b.pdf", 20), file(null, 30)), null, B_T);

    assertEquals(3, batch.documentCount());
    assertEquals("alice", batch.ownerName());
    SealBatchProgress progress = service.progress(batch.id().toString(), "alice", false);
    assertEquals(
        List.of("a.pdf", "b.pdf", "document-3.pdf"),
        progress.documents().stream().map(SealJobView::documentName).toList());
    assertTrue(progress.documents().stream().allMatch(d -> d.state() == SealJobState.PENDING));
    assertEquals(3, progress.pending());
    assertEquals(0, progress.percent());
    assertFalse(progress.complete());
    assertEquals(ALICE, jobStore.get(0).actor(), "the job seals in the name of who asked");
    assertEquals(3, wakeUps.size(), "the workers are told");
  }

  @Test
  void onlyTheOwnerAndAdministratorsSeeABatch() {
    String id = service.submit(ALICE, List.of(file("a.pdf", 10)), "demo", B_T).id().toString();

    assertEquals(1, service.progress(id, "alice", false).total());
    assertEquals(1, service.progress(id, "admin", true).total());
    assertThrows(SealBatchNotFoundException.class, () -> service.progress(id, "bob", false));
    assertThrows(
        SealBatchNotFoundException.class,
        () -> service.resendFailed(Actor.user("bob", null, null), id, false));
    assertThrows(
        SealBatchNotFoundException.class, () -> service.progress("not-an-id", "alice", false));
  }

  @Test
  void aBatchThatCannotBeTakenLeavesNothingBehind() {
    assertRefused(InvalidBatchException.class, List.of(), null, B_T);
    assertRefused(
        InvalidBatchException.class,
        List.of(file("1.pdf", 1), file("2.pdf", 1), file("3.pdf", 1), file("4.pdf", 1)),
        null,
        B_T);
    assertRefused(
        DocumentTooLargeException.class, List.of(file("big.pdf", 600 * 1024 + 1)), null, B_T);
    assertRefused(
        InvalidBatchException.class,
        List.of(file("1.pdf", 500 * 1024), file("2.pdf", 500 * 1024), file("3.pdf", 100 * 1024)),
        null,
        B_T);
    assertRefused(UnknownSealException.class, List.of(file("a.pdf", 10)), "no-such-seal", B_T);
    assertRefused(
        InvalidSealOptionException.class,
        List.of(file("a.pdf", 10)),
        null,
        new SealJobOptions(
            SealFormat.CADES,
            SealLevel.B_B,
            PlacementRequest.at(new Placement(1, 10, 10, 100, 50)),
            null,
            null));
  }

  @Test
  void aBatchMayUseOnlyTheCallersOwnPersonalCertificate() {
    assertRefused(PersonalSealException.class, List.of(file("a.pdf", 10)), "bob-cert", B_T);

    Actor bob = Actor.user("bob", null, null);
    SealBatch batch = service.submit(bob, List.of(file("a.pdf", 10)), "bob-cert", B_T);
    assertEquals(1, batch.documentCount());
    assertEquals(bob, jobStore.get(0).actor(), "the job seals in the owner's name");

    assertEquals(List.of("demo"), service.sealNames("alice"), "nobody sees another's certificate");
    assertEquals(List.of("demo", "bob-cert"), service.sealNames("bob"));
  }

  @Test
  void aRetiredSealIsNeitherOfferedNorUsable() {
    SealRetiredException refused =
        assertThrows(
            SealRetiredException.class,
            () -> service.submit(ALICE, List.of(file("a.pdf", 10)), "acme-2025", B_T));
    assertTrue(refused.getMessage().contains("'acme-2025' was retired on 2026-11-21 08:00 UTC"));
    assertRefused(SealRetiredException.class, List.of(file("a.pdf", 10)), "acme-2025", B_T);
    assertEquals(List.of("demo"), service.sealNames("alice"));
  }

  @Test
  void sendingAgainABatchWithNoFailureIsAConflict() {
    String id = service.submit(ALICE, List.of(file("a.pdf", 10)), null, B_T).id().toString();

    InvalidBatchException refused =
        assertThrows(InvalidBatchException.class, () -> service.resendFailed(ALICE, id, false));
    assertEquals("nothing-to-retry", refused.problemType());
  }

  private void assertRefused(
      Class<? extends RuntimeException> expected,
      List<SealBatchDocument> files,
      String seal,
      SealJobOptions options) {
    assertThrows(expected, () -> service.submit(ALICE, files, seal, options));
    assertEquals(0, batchStore.size(), "no batch stored");
    assertEquals(0, jobStore.size(), "no job stored");
    assertEquals(0, documentStore.size(), "no document stored");
  }

  private static SealBatchDocument file(String name, int bytes) {
    return new SealBatchDocument(name, new byte[bytes]);
  }

  private final class Batches implements SealBatchRepository {
    @Override
    public void add(SealBatch batch) {
      batchStore.put(batch.id(), batch);
    }

    @Override
    public Optional<SealBatch> find(UUID id) {
      return Optional.ofNullable(batchStore.get(id));
    }
  }

  private final class Jobs implements SealJobRepository {
    @Override
    public void add(SealJob job) {
      jobStore.add(job);
    }

    @Override
    public Optional<SealJob> find(UUID id) {
      return jobStore.stream().filter(j -> j.id().equals(id)).findFirst();
    }

    @Override
    public List<UUID> due(Instant now, int maxResults) {
      throw new UnsupportedOperationException("not used by batches");
    }

    @Override
    public boolean claim(UUID id, String node, UUID token, Instant now, Instant leaseUntil) {
      throw new UnsupportedOperationException("not used by batches");
    }

    @Override
    public int release(String node, Instant now) {
      throw new UnsupportedOperationException("not used by batches");
    }

    @Override
    public org.paraph.seals.domain.SealJobBacklog backlog(Instant now) {
      throw new UnsupportedOperationException("not used by batches");
    }

    @Override
    public List<SealJob> ofBatch(UUID batchId) {
      return jobStore.stream()
          .filter(j -> j.batchId().equals(Optional.of(batchId)))
          .sorted(java.util.Comparator.comparingInt(SealJob::position))
          .toList();
    }
  }

  private final class Documents implements DocumentRepository {
    @Override
    public void add(Document document) {
      documentStore.add(document);
    }

    @Override
    public void add(DocumentVersion version) {
      documentStore.add(version);
    }

    @Override
    public Optional<Document> find(UUID documentId) {
      return documentStore.stream()
          .filter(d -> d instanceof Document document && document.id().equals(documentId))
          .map(Document.class::cast)
          .findFirst();
    }

    @Override
    public Optional<DocumentVersion> findVersion(UUID versionId) {
      return documentStore.stream()
          .filter(d -> d instanceof DocumentVersion version && version.id().equals(versionId))
          .map(DocumentVersion.class::cast)
          .findFirst();
    }

    @Override
    public Optional<DocumentVersion> latestVersion(UUID documentId) {
      return documentStore.stream()
          .filter(
              d -> d instanceof DocumentVersion version && version.documentId().equals(documentId))
          .map(DocumentVersion.class::cast)
          .max(java.util.Comparator.comparingInt(DocumentVersion::versionNumber));
    }
  }

  private static final class Seals implements SealRepository {
    private final List<Seal> seals;

    Seals(Seal... seals) {
      this.seals = List.of(seals);
    }

    @Override
    public Optional<Seal> organisationDefault() {
      return seals.stream().filter(Seal::organisationDefault).findFirst();
    }

    @Override
    public Optional<Seal> findByName(String name) {
      return seals.stream().filter(s -> !s.retired() && s.name().equals(name)).findFirst();
    }

    @Override
    public Optional<Seal> lastRetiredNamed(String name) {
      return seals.stream().filter(s -> s.retired() && s.name().equals(name)).reduce((a, b) -> b);
    }

    @Override
    public List<Seal> inService() {
      return seals.stream().filter(s -> !s.retired()).toList();
    }

    @Override
    public Optional<Seal> find(UUID id) {
      return seals.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    @Override
    public List<Seal> all() {
      return seals;
    }

    @Override
    public List<Seal> ownedBy(String username) {
      return seals.stream()
          .filter(s -> !s.retired() && s.owner().filter(username::equals).isPresent())
          .toList();
    }

    @Override
    public void add(Seal added) {
      throw new UnsupportedOperationException();
    }
  }

  /** The audit log is the business of its own tests. */
  private static final class NoAudit extends AuditLog {
    @Override
    public void record(Actor actor, String action, String subject, String details) {
      // nothing to keep
    }
  }

  /** CDI's event, recording what is fired. */
  private static final class RecordingEvent<T> implements Event<T> {
    private final List<T> fired;

    @SuppressWarnings("unchecked")
    RecordingEvent(List<?> fired) {
      this.fired = (List<T>) fired;
    }

    @Override
    public void fire(T event) {
      fired.add(event);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }
}
