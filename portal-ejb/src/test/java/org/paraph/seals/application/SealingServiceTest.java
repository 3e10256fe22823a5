package org.paraph.seals.application;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paraph.audit.application.AuditLog;
import org.paraph.audit.application.CodedDetails;
import org.paraph.documents.domain.Document;
import org.paraph.documents.domain.DocumentRepository;
import org.paraph.documents.domain.DocumentVersion;
import org.paraph.documents.domain.InvalidDocumentException;
import org.paraph.documents.domain.PdfReader;
import org.paraph.documents.domain.PdfSummary;
import org.paraph.identity.domain.User;
import org.paraph.identity.domain.UserRepository;
import org.paraph.seals.domain.DocumentRetention;
import org.paraph.seals.domain.DocumentSigner;
import org.paraph.seals.domain.InvalidSealOptionException;
import org.paraph.seals.domain.PlacementRequest;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealAppearance;
import org.paraph.seals.domain.SealFormat;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.SealPolicy;
import org.paraph.seals.domain.SealRecord;
import org.paraph.seals.domain.SealRepository;
import org.paraph.seals.domain.SealUse;
import org.paraph.seals.domain.SealingFailedException;
import org.paraph.seals.domain.SigningCredential;
import org.paraph.seals.domain.StoredPkcs12;
import org.paraph.seals.infrastructure.placement.PlacementResolver;
import org.paraph.shared.application.PortalConfig;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.Sha256;

/**
 * The sealing use case with its ports faked: what it asks the signer and the PDF reader, and what
 * it keeps of the answer. Sealing itself is proven by the engine's own tests.
 */
class SealingServiceTest {

  private static final Instant NOW = Instant.parse("2026-11-21T08:00:00Z");
  private static final Actor ALICE = Actor.user("alice", "192.0.2.1", "test");
  private static final byte[] PDF = "%PDF-1.7 a document".getBytes();
  private static final byte[] SEALED = "%PDF-1.7 a sealed document".getBytes();

  private final List<SealOptions> signed = new ArrayList<>();
  private final List<Object> stored = new ArrayList<>();
  private final List<String> audited = new ArrayList<>();
  private final List<String> counted = new ArrayList<>();
  private final SealingService service = new SealingService();
  private Seal seal;

  @BeforeEach
  void wire() {
    seal =
        new Seal(
            "demo", "Demo Organisation", new StoredPkcs12(new byte[] {1}, "x"), false, true, NOW);
    SealKeys keys = new SealKeys();
    keys.adopt(seal, new NoKey());
    service.seals = new Seals();
    service.records = new Records();
    service.documents = new Documents();
    service.sealKeys = keys;
    service.users = new NoUsers();
    service.auditLog =
        new AuditLog() {
          @Override
          public void record(Actor actor, String action, String subject, String details) {
            audited.add(action + " " + subject + ": " + CodedDetails.text(details, Locale.ENGLISH));
          }
        };
    service.config =
        new PortalConfig() {
          @Override
          public long maxUploadBytes() {
            return 1024 * 1024;
          }

          @Override
          public int maxUploadMegabytes() {
            return 1;
          }
        };
    service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    service.pdfs = new UnreadablePdfs();
    service.signer = new NoTimestampAuthority();
    service.placements = new PlacementResolver();
    service.metrics =
        (use, sealName, level, result, took) ->
            counted.add(
                use.code()
                    + " "
                    + sealName
                    + " "
                    + (level == null ? "-" : level.label())
                    + " "
                    + result.code());
  }

  @Test
  void aSealWhosePolicyAllowsItFallsBackToBasicWhenNoTimestampAuthorityAnswers() {
    seal.configure(null, new SealAppearance(), new SealPolicy(SealLevel.B_T, List.of(), true));

    SealOutcome outcome =
        service.seal(ALICE, command(SealFormat.PADES, PlacementRequest.invisible()), SealUse.API);

    assertEquals(
        List.of(SealLevel.B_T, SealLevel.B_B), signed.stream().map(SealOptions::level).toList());
    assertArrayEquals(SEALED, outcome.sealedFile());
    assertEquals("B-B", outcome.record().level());
    assertEquals("B-T", outcome.record().degradedFrom().orElseThrow());
    assertTrue(
        audited.get(0).contains("level B-B (asked B-T, no timestamp authority answered)"),
        audited::toString);
    assertEquals(List.of("api demo B-B degraded"), counted, "counted once, at the level applied");
  }

  @Test
  void aSealWhosePolicyDoesNotAllowItFailsWithoutATimestampAndLeavesNothing() {
    seal.configure(null, new SealAppearance(), new SealPolicy(SealLevel.B_T, List.of(), false));

    SealingFailedException failure =
        assertThrows(
            SealingFailedException.class,
            () ->
                service.seal(
                    ALICE, command(SealFormat.PADES, PlacementRequest.invisible()), SealUse.API));

    assertEquals("timestamp-unavailable", failure.problemType());
    assertEquals(1, signed.size(), "not tried again at B-B");
    assertTrue(stored.isEmpty());
    assertTrue(audited.isEmpty());
    assertEquals(List.of("api demo B-T failed"), counted, "a service failed, not the request");
  }

  @Test
  void aDocumentTheReaderRefusesIsNeverSigned() {
    InvalidDocumentException refused =
        assertThrows(
            InvalidDocumentException.class,
            () ->
                service.seal(
                    ALICE,
                    command(SealFormat.CADES, PlacementRequest.invisible()),
                    SealUse.BROWSER));

    assertEquals(InvalidDocumentException.notAPdf().getMessage(), refused.getMessage());
    assertTrue(signed.isEmpty(), "the signer was not asked");
    assertTrue(stored.isEmpty());
    assertTrue(audited.isEmpty());
    assertEquals(List.of("browser demo B-T refused"), counted, "the request was at fault");
  }

  @Test
  void aSealThatKeepsDocumentsOnlyOnRequestKeepsTheirHashesAndNotTheFiles() {
    sealAtBasicLevelRetaining(DocumentRetention.ON_REQUEST);

    SealOutcome outcome =
        service.seal(ALICE, command(SealFormat.PADES, PlacementRequest.invisible()), SealUse.API);

    assertArrayEquals(SEALED, outcome.sealedFile(), "the sealed file is in the answer");
    SealRecord record = outcome.record();
    assertFalse(record.documentsKept());
    assertEquals(Sha256.hex(PDF), record.originalSha256().orElseThrow());
    assertEquals(Sha256.hex(SEALED), record.sealedSha256());
    assertNull(record.originalVersionId());
    assertNull(record.sealedVersionId());
    assertTrue(
        stored.stream().noneMatch(DocumentVersion.class::isInstance),
        "no file is stored: " + stored);
    assertTrue(stored.contains(record));
    assertTrue(audited.get(0).contains(Sha256.hex(PDF)), audited::toString);
    assertTrue(audited.get(0).contains(Sha256.hex(SEALED)), audited::toString);
    assertEquals(List.of("api demo B-B sealed"), counted);
  }

  @Test
  void byDefaultDocumentsAreKeptUnlessTheRequestSaysKeepFalse() {
    sealAtBasicLevelRetaining(DocumentRetention.BY_DEFAULT);

    SealOutcome kept =
        service.seal(ALICE, command(SealFormat.PADES, PlacementRequest.invisible()), SealUse.API);
    assertTrue(kept.record().documentsKept());
    assertEquals(2, stored.stream().filter(DocumentVersion.class::isInstance).count());

    SealOutcome dropped =
        service.seal(
            ALICE,
            command(SealFormat.PADES, PlacementRequest.invisible()).keeping(false),
            SealUse.API);
    assertFalse(dropped.record().documentsKept());
    assertEquals(
        2, stored.stream().filter(DocumentVersion.class::isInstance).count(), "no more files");
  }

  @Test
  void aRequestMayNotDropTheDocumentsOfASealThatKeepsThemAllAndNothingIsSigned() {
    sealAtBasicLevelRetaining(DocumentRetention.ALWAYS);

    InvalidSealOptionException refused =
        assertThrows(
            InvalidSealOptionException.class,
            () ->
                service.seal(
                    ALICE,
                    command(SealFormat.PADES, PlacementRequest.invisible()).keeping(false),
                    SealUse.API));

    assertEquals("option-not-applicable", refused.problemType());
    assertTrue(refused.getMessage().contains("demo"), refused::getMessage);
    assertTrue(signed.isEmpty(), "refused before any work");
    assertTrue(stored.isEmpty());
    assertEquals(List.of("api demo B-B refused"), counted);
  }

  /** The demo seal at B-B (the signer's one level), with this document retention. */
  private void sealAtBasicLevelRetaining(DocumentRetention retention) {
    seal.configure(
        null, new SealAppearance(), new SealPolicy(SealLevel.B_B, List.of(), false, retention));
  }

  private static SealCommand command(SealFormat format, PlacementRequest placement) {
    return new SealCommand("a.pdf", PDF, null, format, null, placement, null, null);
  }

  /** Answers at B-B only, as when none of the seal's timestamp authorities answers. */
  private final class NoTimestampAuthority implements DocumentSigner {
    @Override
    public byte[] seal(
        SealFormat format,
        byte[] content,
        SigningCredential key,
        SealOptions options,
        List<String> tsaUrls) {
      signed.add(options);
      if (options.level() != SealLevel.B_B) {
        throw SealingFailedException.noTimestampAuthority(List.of("the portal's own: no answer"));
      }
      return SEALED;
    }
  }

  private static final class UnreadablePdfs implements PdfReader {
    @Override
    public PdfSummary inspect(byte[] pdf) {
      throw InvalidDocumentException.notAPdf();
    }

    @Override
    public byte[] renderPagePng(byte[] pdf, int page, float dpi) {
      throw InvalidDocumentException.notAPdf();
    }
  }

  private static final class NoKey implements SigningCredential {
    @Override
    public List<X509Certificate> chain() {
      return List.of();
    }

    @Override
    public byte[] sign(String jcaAlgorithm, byte[] data) {
      throw new AssertionError("the fake signer signs nothing");
    }
  }

  private final class Seals implements SealRepository {
    @Override
    public Optional<Seal> organisationDefault() {
      return Optional.of(seal);
    }

    @Override
    public Optional<Seal> findByName(String name) {
      return Optional.of(seal).filter(s -> s.name().equals(name));
    }

    @Override
    public Optional<Seal> lastRetiredNamed(String name) {
      return Optional.empty();
    }

    @Override
    public List<Seal> inService() {
      return List.of(seal);
    }

    @Override
    public Optional<Seal> find(UUID id) {
      return Optional.of(seal).filter(s -> s.id().equals(id));
    }

    @Override
    public List<Seal> all() {
      return List.of(seal);
    }

    @Override
    public List<Seal> ownedBy(String username) {
      return List.of();
    }

    @Override
    public void add(Seal seal) {
      throw new UnsupportedOperationException();
    }
  }

  private final class Records extends NoSealRecords {
    @Override
    public void add(SealRecord record) {
      stored.add(record);
    }
  }

  private final class Documents implements DocumentRepository {
    @Override
    public void add(Document document) {
      stored.add(document);
    }

    @Override
    public void add(DocumentVersion version) {
      stored.add(version);
    }

    @Override
    public Optional<Document> find(UUID documentId) {
      return Optional.empty();
    }

    @Override
    public Optional<DocumentVersion> findVersion(UUID versionId) {
      return Optional.empty();
    }

    @Override
    public Optional<DocumentVersion> latestVersion(UUID documentId) {
      return Optional.empty();
    }
  }

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
    public void add(User user) {}

    @Override
    public long count() {
      return 0;
    }
  }
}
