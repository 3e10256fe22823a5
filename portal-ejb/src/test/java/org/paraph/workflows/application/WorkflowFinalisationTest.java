package org.paraph.workflows.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paraph.audit.application.AuditLog;
import org.paraph.audit.domain.AuditEvent;
import org.paraph.documents.domain.Document;
import org.paraph.documents.domain.DocumentRepository;
import org.paraph.documents.domain.DocumentVersion;
import org.paraph.identity.domain.User;
import org.paraph.identity.domain.UserRepository;
import org.paraph.seals.application.SealKeys;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealFormat;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.SealRepository;
import org.paraph.seals.domain.SigningCredential;
import org.paraph.seals.domain.StoredPkcs12;
import org.paraph.shared.domain.Actor;
import org.paraph.workflows.domain.AuditTrail;
import org.paraph.workflows.domain.AuthenticationChannel;
import org.paraph.workflows.domain.EditableField;
import org.paraph.workflows.domain.Participant;
import org.paraph.workflows.domain.ParticipantAction;
import org.paraph.workflows.domain.ParticipantDetails;
import org.paraph.workflows.domain.ReplacedLink;
import org.paraph.workflows.domain.SignatureMode;
import org.paraph.workflows.domain.TrailRenderer;
import org.paraph.workflows.domain.Workflow;
import org.paraph.workflows.domain.WorkflowRepository;
import org.paraph.workflows.domain.WorkflowSettings;
import org.paraph.workflows.domain.WorkflowState;

/**
 * The end of a workflow with fakes for the ports: every document sealed, the audit trail drawn by
 * the {@link TrailRenderer} from what happened, and that drawing stored and sealed as the
 * workflow's audit trail.
 */
class WorkflowFinalisationTest {

  private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");
  private static final byte[] DRAWN = "%PDF-drawn audit trail".getBytes(StandardCharsets.UTF_8);

  private final InMemoryDocuments stored = new InMemoryDocuments();
  private final List<byte[]> sealedContents = new ArrayList<>();
  private final List<SealOptions> sealOptions = new ArrayList<>();
  private final List<AuditTrail> drawn = new ArrayList<>();
  private final List<String> audited = new ArrayList<>();
  private final List<String> counted = new ArrayList<>();
  private final WorkflowFinalisation finalisation = new WorkflowFinalisation();
  private final Seal organisationSeal =
      new Seal(
          "acme", "ACME SA", new StoredPkcs12(new byte[] {1, 2, 3}, "encrypted"), true, true, NOW);
  private Workflow workflow;

  @BeforeEach
  void wire() {
    workflow =
        new Workflow(
            new WorkflowSettings(
                "Lease",
                Instant.parse("2026-12-31T18:00:00Z"),
                null,
                null,
                Set.of(SignatureMode.TYPED),
                Set.of(EditableField.NAME),
                null),
            "alice",
            NOW.minusSeconds(3600));
    workflow.addParticipant(
        new ParticipantDetails(
            "Bob",
            "Martin",
            null,
            null,
            null,
            1,
            ParticipantAction.SEAL,
            AuthenticationChannel.EMAIL,
            "bob",
            List.of()));
    WorkflowDocuments documents = new WorkflowDocuments();
    documents.documents = stored;
    for (String name : List.of("lease.pdf", "annex.pdf")) {
      DocumentVersion original =
          documents.store(name, ("%PDF-" + name).getBytes(StandardCharsets.UTF_8), "alice", NOW);
      workflow.addDocument(original.documentId(), original.sha256());
    }
    finalisation.workflows = new OneWorkflow(workflow);
    finalisation.documents = documents;
    finalisation.seals = new OrganisationSeal(organisationSeal);
    finalisation.sealKeys =
        new SealKeys() {
          @Override
          public SigningCredential keyOf(Seal seal) {
            return new UnusedCredential();
          }
        };
    finalisation.signer =
        (format, content, key, options, tsaUrls) -> {
          assertEquals(SealFormat.PADES, format);
          sealedContents.add(content);
          sealOptions.add(options);
          return concat(content, "%sealed");
        };
    finalisation.metrics =
        (use, sealName, level, result, took) ->
            counted.add(use.code() + " " + sealName + " " + level.label() + " " + result.code());
    WorkflowAudit audit = new WorkflowAudit();
    audit.auditLog =
        new AuditLog() {
          @Override
          public void record(Actor actor, String action, String subject, String details) {
            audited.add(action);
          }

          @Override
          public List<AuditEvent> about(String subject) {
            return List.of();
          }
        };
    finalisation.audit = audit;
    finalisation.callbacks = new Callbacks();
    finalisation.trailRenderer =
        trail -> {
          drawn.add(trail);
          return DRAWN.clone();
        };
    finalisation.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    finalisation.locales = new ReaderLocales();
    finalisation.locales.users = new NoUsers();
  }

  /** The sender has no portal account with a language of their own: the trail is in English. */
  private static final class NoUsers implements UserRepository {
    @Override
    public Optional<User> findByUsername(String username) {
      return Optional.empty();
    }

    @Override
    public List<User> all() {
      return List.of();
    }

    @Override
    public void add(User user) {
      throw new UnsupportedOperationException("finalisation creates no user");
    }

    @Override
    public long count() {
      return 0;
    }
  }

  @Test
  void theTrailDrawnFromWhatHappenedIsStoredAndSealedAsTheWorkflowsAuditTrail() {
    finalisation.sealEverything(workflow.id());

    assertEquals(WorkflowState.COMPLETED, workflow.state());
    assertEquals(1, drawn.size());
    AuditTrail trail = drawn.get(0);
    assertEquals(workflow.id().toString(), trail.workflowId());
    assertEquals("Lease", trail.name());
    assertEquals("alice", trail.sender());
    assertEquals(NOW, trail.completedAt());
    assertEquals(List.of("Bob Martin"), trail.participants().stream().map(p -> p.name()).toList());
    assertEquals("portal login", trail.participants().get(0).authentication());
    List<AuditTrail.DocumentRecord> records = trail.documents();
    assertEquals(List.of("lease.pdf", "annex.pdf"), records.stream().map(r -> r.name()).toList());
    for (int i = 0; i < records.size(); i++) {
      UUID documentId = workflow.documents().get(i).documentId();
      assertEquals(workflow.documents().get(i).originalSha256(), records.get(i).sha256Before());
      assertEquals(stored.latest(documentId).sha256(), records.get(i).sha256After());
      assertEquals(2, stored.latest(documentId).versionNumber());
    }

    UUID trailId = workflow.auditTrailDocumentId().orElseThrow();
    assertEquals("audit-trail-" + workflow.id() + ".pdf", stored.documents.get(trailId).name());
    assertArrayEquals(DRAWN, stored.version(trailId, 1).content(), "the drawing is stored as is");
    assertArrayEquals(DRAWN, sealedContents.get(2), "and then sealed");
    assertArrayEquals(concat(DRAWN, "%sealed"), stored.latest(trailId).content());
    assertEquals(SealLevel.B_LTA, sealOptions.get(2).level());
    assertEquals(List.of("WORKFLOW_SEALED", "WORKFLOW_SEALED", "WORKFLOW_COMPLETED"), audited);
    assertEquals(
        List.of(
            "workflow acme B-LTA sealed",
            "workflow acme B-LTA sealed",
            "workflow acme B-LTA sealed"),
        counted,
        "two documents and the trail, each a use of the organisation seal");
  }

  @Test
  void aCompletedWorkflowIsNotDrawnAgain() {
    finalisation.sealEverything(workflow.id());
    finalisation.sealEverything(workflow.id());

    assertEquals(1, drawn.size());
    assertEquals(3, sealedContents.size());
  }

  private static byte[] concat(byte[] content, String suffix) {
    byte[] tail = suffix.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[content.length + tail.length];
    System.arraycopy(content, 0, all, 0, content.length);
    System.arraycopy(tail, 0, all, content.length, tail.length);
    return all;
  }

  private static final class UnusedCredential implements SigningCredential {
    @Override
    public List<X509Certificate> chain() {
      throw new UnsupportedOperationException("the fake signer does not use the key");
    }

    @Override
    public byte[] sign(String jcaAlgorithm, byte[] data) {
      throw new UnsupportedOperationException("the fake signer does not use the key");
    }
  }

  private static final class InMemoryDocuments implements DocumentRepository {
    final Map<UUID, Document> documents = new HashMap<>();
    final List<DocumentVersion> versions = new ArrayList<>();

    DocumentVersion latest(UUID documentId) {
      return latestVersion(documentId).orElseThrow();
    }

    DocumentVersion version(UUID documentId, int number) {
      return versions.stream()
          .filter(v -> v.documentId().equals(documentId) && v.versionNumber() == number)
          .findFirst()
          .orElseThrow();
    }

    @Override
    public void add(Document document) {
      documents.put(document.id(), document);
    }

    @Override
    public void add(DocumentVersion version) {
      assertNotNull(documents.get(version.documentId()), "a version of a stored document");
      versions.add(version);
    }

    @Override
    public Optional<Document> find(UUID documentId) {
      return Optional.ofNullable(documents.get(documentId));
    }

    @Override
    public Optional<DocumentVersion> findVersion(UUID versionId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<DocumentVersion> latestVersion(UUID documentId) {
      return versions.stream()
          .filter(v -> v.documentId().equals(documentId))
          .reduce(
              (earlier, later) ->
                  later.versionNumber() > earlier.versionNumber() ? later : earlier);
    }
  }

  private record OrganisationSeal(Seal seal) implements SealRepository {
    @Override
    public Optional<Seal> organisationDefault() {
      return Optional.of(seal);
    }

    @Override
    public Optional<Seal> findByName(String name) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Seal> find(UUID id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Seal> lastRetiredNamed(String name) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Seal> all() {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Seal> inService() {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Seal> ownedBy(String username) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void add(Seal seal) {
      throw new UnsupportedOperationException();
    }
  }

  /** Holds one workflow; the rest of the repository is not used at the end of a workflow. */
  private record OneWorkflow(Workflow workflow) implements WorkflowRepository {

    @Override
    public Optional<Workflow> findForUpdate(UUID id) {
      return Optional.of(workflow).filter(w -> w.id().equals(id));
    }

    @Override
    public Optional<Workflow> find(UUID id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void add(Workflow workflow) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Participant> participantByLinkToken(String token) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void lockAndRefresh(Participant participant) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<ReplacedLink> replacedLink(String token) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Participant> participantByQualifiedState(String state) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Participant> participant(UUID id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Participant> pendingTasksOf(String portalUser) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Workflow> sentBy(String senderName, int maxResults) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Workflow> latest(int maxResults) {
      throw new UnsupportedOperationException();
    }
  }
}
