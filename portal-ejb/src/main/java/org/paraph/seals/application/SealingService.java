package org.paraph.seals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.paraph.audit.application.AuditFlag;
import org.paraph.audit.application.AuditLog;
import org.paraph.audit.application.CodedDetails;
import org.paraph.audit.domain.AuditAction;
import org.paraph.audit.domain.AuditDetailCodes;
import org.paraph.documents.domain.Document;
import org.paraph.documents.domain.DocumentRepository;
import org.paraph.documents.domain.DocumentTooLargeException;
import org.paraph.documents.domain.DocumentVersion;
import org.paraph.documents.domain.InvalidDocumentException;
import org.paraph.documents.domain.PdfReader;
import org.paraph.documents.domain.PdfSummary;
import org.paraph.identity.domain.User;
import org.paraph.identity.domain.UserRepository;
import org.paraph.seals.domain.DocumentSigner;
import org.paraph.seals.domain.InvalidSealOptionException;
import org.paraph.seals.domain.PlacementRequest;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealAppearance;
import org.paraph.seals.domain.SealFormat;
import org.paraph.seals.domain.SealJobOptions;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.SealPlacements;
import org.paraph.seals.domain.SealRecord;
import org.paraph.seals.domain.SealRecordRepository;
import org.paraph.seals.domain.SealRepository;
import org.paraph.seals.domain.SealUse;
import org.paraph.seals.domain.SealingFailedException;
import org.paraph.seals.domain.SigningCredential;
import org.paraph.seals.domain.UnknownSealException;
import org.paraph.shared.application.PortalConfig;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.Sha256;

/**
 * Seals a PDF with one of the organisation's seals, or with the caller's own personal certificate
 * (nobody else may use it). The original is kept as the document's first version and the sealed
 * file becomes a new version: the sealed PDF, or for CAdES the detached {@code .p7s} over the
 * original; the seal record and the audit event name the person or process that asked. Everything
 * happens in one transaction: a refused or failed seal leaves nothing behind.
 */
@ApplicationScoped
public class SealingService {

  @Inject SealRepository seals;
  @Inject SealRecordRepository records;
  @Inject DocumentRepository documents;
  @Inject SealKeys sealKeys;
  @Inject UserRepository users;
  @Inject DocumentSigner signer;
  @Inject AuditLog auditLog;
  @Inject PortalConfig config;
  @Inject Clock clock;
  @Inject PdfReader pdfs;
  @Inject SealPlacements placements;
  @Inject SealMetrics metrics;

  /** Seals an uploaded PDF; {@code use} says how it came (the page, the API), for the metrics. */
  @Transactional
  public SealOutcome seal(Actor actor, SealCommand command, SealUse use) {
    SealAttempt attempt = new SealAttempt(metrics, use, command.level());
    try {
      byte[] original = command.content();
      requireWithinLimits(original);
      requireApplicable(command);
      Seal seal = resolve(actor, command.sealReference());
      attempt.using(seal);
      // Refused before any work when the request asks what the seal's administrators do not allow.
      boolean keep = seal.policy().documentRetention().keeps(command.keep(), seal.name());
      Instant now = clock.instant();
      Sealed sealed = apply(actor, seal, original, command, now);

      Document document = new Document(fileName(command), actor.name(), now);
      documents.add(document);
      if (!keep) {
        return recordWithoutDocuments(
            actor, seal, document, original, sealed, command, now, attempt);
      }
      DocumentVersion originalVersion =
          DocumentVersion.handingOver(document.id(), 1, original, actor.name(), now);
      documents.add(originalVersion);
      return store(actor, seal, document, originalVersion, 2, sealed, command, now, attempt);
    } catch (RuntimeException e) {
      throw attempt.failed(e);
    }
  }

  /**
   * Seals a document version already stored, such as a queued job's input: the sealed file becomes
   * the document's next version. Fails, and leaves nothing, as {@link #seal} does.
   *
   * @param sealReference the seal's name or id
   */
  @Transactional
  public SealOutcome sealStoredVersion(
      Actor actor, UUID versionId, String sealReference, SealJobOptions options) {
    SealAttempt attempt = new SealAttempt(metrics, SealUse.BATCH, options.level());
    try {
      return sealStoredVersion(actor, versionId, sealReference, options, attempt);
    } catch (RuntimeException e) {
      throw attempt.failed(e);
    }
  }

  private SealOutcome sealStoredVersion(
      Actor actor,
      UUID versionId,
      String sealReference,
      SealJobOptions options,
      SealAttempt attempt) {
    DocumentVersion originalVersion =
        documents
            .findVersion(versionId)
            .orElseThrow(() -> new IllegalStateException("no document version " + versionId));
    Document document =
        documents
            .find(originalVersion.documentId())
            .orElseThrow(() -> new IllegalStateException("no document for version " + versionId));
    byte[] original = originalVersion.content();
    SealCommand command =
        new SealCommand(
            document.name(),
            original,
            sealReference,
            options.format(),
            options.level(),
            options.placement(),
            options.reason(),
            options.location());
    requireWithinLimits(original);
    requireApplicable(command);
    // A queued job seals in the name of who queued it, under the same rule as a single seal.
    Seal seal = resolve(actor, sealReference);
    attempt.using(seal);
    Instant now = clock.instant();
    Sealed sealed = apply(actor, seal, original, command, now);
    return store(
        actor,
        seal,
        document,
        originalVersion,
        documents.nextVersionNumber(document.id()),
        sealed,
        command,
        now,
        attempt);
  }

  /**
   * The seal a request names (its name or id), or the organisation seal when it names none, if this
   * person or process may use it.
   *
   * @throws UnknownSealException when there is no such seal
   * @throws org.paraph.seals.domain.PersonalSealException when it is someone else's personal seal
   * @throws org.paraph.seals.domain.SealRetiredException when it is retired
   */
  @Transactional
  public Seal sealFor(Actor actor, String reference) {
    return resolve(actor, reference);
  }

  /**
   * The names of the seals this user may choose from: the organisation seal first, then the
   * organisation's other seals, then the user's own personal certificates, none retired. Nobody
   * sees another user's personal seals.
   */
  @Transactional
  public List<String> sealNamesFor(String username) {
    List<Seal> usable = new ArrayList<>();
    seals.organisationDefault().ifPresent(usable::add);
    seals.inService().stream()
        .filter(seal -> !seal.personal() && !seal.organisationDefault())
        .forEach(usable::add);
    usable.addAll(seals.ownedBy(username));
    return usable.stream().map(Seal::name).toList();
  }

  /**
   * The sealed file, the options it was made with, and the level asked for when the seal's policy
   * made it fall back to B-B (null otherwise).
   */
  private record Sealed(byte[] content, SealOptions options, SealLevel degradedFrom) {}

  private void requireWithinLimits(byte[] original) {
    if (original == null || original.length == 0) {
      throw InvalidDocumentException.empty();
    }
    if (original.length > config.maxUploadBytes()) {
      throw new DocumentTooLargeException(config.maxUploadMegabytes());
    }
  }

  private Sealed apply(Actor actor, Seal seal, byte[] original, SealCommand command, Instant now) {
    // The PAdES sealer reads the document itself, and refuses what cannot be sealed with the same
    // errors as the inspector: reading it here too would parse every upload twice. A keyword or a
    // field must be found before sealing, and a CAdES seal is of a PDF all the same.
    PdfSummary summary = readBeforeSealing(command) ? pdfs.inspect(original) : null;
    SealLevel asked = command.level() != null ? command.level() : seal.policy().defaultLevel();
    SealAppearance appearance = seal.appearance();
    SealOptions options =
        placements.resolve(
            original,
            summary,
            command.placement(),
            new SealOptions(
                asked,
                null,
                null,
                seal.organisationName(),
                orDefault(command.reason(), appearance.defaultReason()),
                orDefault(command.location(), appearance.defaultLocation()),
                null,
                seal.test(),
                now,
                appearance.styleFor(displayName(actor))));
    SigningCredential key = sealKeys.keyOf(seal);
    try {
      return new Sealed(sealWith(command.format(), original, key, options, seal), options, null);
    } catch (SealingFailedException e) {
      if (!fallsBackToBasic(seal, asked, e)) {
        throw e;
      }
      // The seal's policy prefers a seal without a proven time to no seal; the record says so.
      SealOptions basic = options.atLevel(SealLevel.B_B);
      return new Sealed(sealWith(command.format(), original, key, basic, seal), basic, asked);
    }
  }

  private SealOutcome store(
      Actor actor,
      Seal seal,
      Document document,
      DocumentVersion originalVersion,
      int sealedVersionNumber,
      Sealed sealed,
      SealCommand command,
      Instant now,
      SealAttempt attempt) {
    DocumentVersion sealedVersion =
        DocumentVersion.handingOver(
            document.id(), sealedVersionNumber, sealed.content(), actor.name(), now);
    documents.add(sealedVersion);

    SealOptions options = sealed.options();
    SealRecord record =
        new SealRecord(
            seal,
            document.id(),
            originalVersion.id(),
            sealedVersion.id(),
            command.format(),
            options.level(),
            options.visible(),
            actor,
            sealedVersion.sha256(),
            now);
    return finish(
        actor, seal, document, record, originalVersion.sha256(), sealed, command, attempt);
  }

  /**
   * Records a seal whose documents are not kept: the document's name, the hashes, the seal, who and
   * when. The sealed file is only in the answer.
   */
  private SealOutcome recordWithoutDocuments(
      Actor actor,
      Seal seal,
      Document document,
      byte[] original,
      Sealed sealed,
      SealCommand command,
      Instant now,
      SealAttempt attempt) {
    SealOptions options = sealed.options();
    String originalSha256 = Sha256.hex(original);
    SealRecord record =
        SealRecord.withoutDocuments(
            seal,
            document.id(),
            originalSha256,
            command.format(),
            options.level(),
            options.visible(),
            actor,
            Sha256.hex(sealed.content()),
            now);
    return finish(actor, seal, document, record, originalSha256, sealed, command, attempt);
  }

  private SealOutcome finish(
      Actor actor,
      Seal seal,
      Document document,
      SealRecord record,
      String originalSha256,
      Sealed sealed,
      SealCommand command,
      SealAttempt attempt) {
    SealOptions options = sealed.options();
    if (sealed.degradedFrom() != null) {
      record.degradedFrom(sealed.degradedFrom());
    }
    records.add(record);
    auditLog.record(
        actor,
        AuditAction.SEAL_APPLIED,
        document.name(),
        (sealed.degradedFrom() == null
                ? CodedDetails.of(
                    AuditDetailCodes.SEAL_APPLIED,
                    seal.name(),
                    AuditFlag.of(seal.test()),
                    command.format().displayName(),
                    options.level().label(),
                    String.valueOf(record.id()),
                    originalSha256,
                    record.sealedSha256())
                : CodedDetails.of(
                    AuditDetailCodes.SEAL_APPLIED_DEGRADED,
                    seal.name(),
                    AuditFlag.of(seal.test()),
                    command.format().displayName(),
                    options.level().label(),
                    sealed.degradedFrom().label(),
                    String.valueOf(record.id()),
                    originalSha256,
                    record.sealedSha256()))
            .stored());
    attempt.sealed(options.level(), sealed.degradedFrom() != null);
    return SealOutcome.of(record, seal.name(), document.name(), sealed.content());
  }

  private byte[] sealWith(
      SealFormat format, byte[] original, SigningCredential key, SealOptions options, Seal seal) {
    return signer.seal(format, original, key, options, seal.policy().tsaUrls());
  }

  private static boolean fallsBackToBasic(Seal seal, SealLevel asked, SealingFailedException e) {
    return asked != SealLevel.B_B
        && seal.policy().degradeWithoutTsa()
        && "timestamp-unavailable".equals(e.problemType());
  }

  /** The name people know the actor by, as the annotation may show it. */
  private String displayName(Actor actor) {
    return users.findByUsername(actor.name()).map(User::displayName).orElse(actor.name());
  }

  private static String orDefault(String given, String fallback) {
    return given != null && !given.isBlank() ? given : fallback;
  }

  private Seal resolve(Actor actor, String reference) {
    Seal seal;
    if (reference == null || reference.isBlank()) {
      seal = seals.organisationDefault().orElseThrow(UnknownSealException::noOrganisationSeal);
    } else {
      seal =
          seals
              .findByName(reference)
              .or(() -> parse(reference).flatMap(seals::find))
              // A retired seal's name is free; named still, it gets told why it no longer seals.
              .or(() -> seals.lastRetiredNamed(reference))
              .orElseThrow(() -> new UnknownSealException(reference));
    }
    seal.requireUsableBy(actor);
    seal.requireInService();
    return seal;
  }

  private static Optional<UUID> parse(String id) {
    try {
      return Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String fileName(SealCommand command) {
    String name = command.fileName();
    if (name == null || name.isBlank()) {
      return "document.pdf";
    }
    // Only the last path segment: browsers of old sent the full client path.
    return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  }

  private static boolean readBeforeSealing(SealCommand command) {
    return command.format() == SealFormat.CADES
        || command.placement() instanceof PlacementRequest.AtKeyword
        || command.placement() instanceof PlacementRequest.InField;
  }

  /**
   * A detached signature covers the file's bytes and nothing else: no annotation, no field, and no
   * free-text reason (CAdES has no attribute for one). Refused before any work is done.
   */
  static void requireApplicable(SealCommand command) {
    if (command.format() != SealFormat.CADES) {
      return;
    }
    if (!(command.placement() instanceof PlacementRequest.Invisible)) {
      throw InvalidSealOptionException.visibleNotApplicable(command.format());
    }
    if (command.reason() != null && !command.reason().isBlank()) {
      throw InvalidSealOptionException.reasonNotApplicable(command.format());
    }
  }
}
