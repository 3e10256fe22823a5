package org.paraph.seals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.paraph.audit.application.AuditLog;
import org.paraph.audit.domain.AuditAction;
import org.paraph.documents.domain.Document;
import org.paraph.documents.domain.DocumentRepository;
import org.paraph.documents.domain.DocumentTooLargeException;
import org.paraph.documents.domain.DocumentVersion;
import org.paraph.documents.domain.InvalidDocumentException;
import org.paraph.documents.domain.PdfSummary;
import org.paraph.documents.infrastructure.PdfInspector;
import org.paraph.seals.domain.InvalidSealOptionException;
import org.paraph.seals.domain.PlacementRequest;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealFormat;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.SealRecord;
import org.paraph.seals.domain.SealRecordNotFoundException;
import org.paraph.seals.domain.SealRecordRepository;
import org.paraph.seals.domain.SealRepository;
import org.paraph.seals.domain.SealingKey;
import org.paraph.seals.domain.UnknownSealException;
import org.paraph.seals.infrastructure.CadesSealing;
import org.paraph.seals.infrastructure.PadesSealing;
import org.paraph.seals.infrastructure.PlacementResolver;
import org.paraph.shared.application.PortalConfig;
import org.paraph.shared.domain.Actor;

/**
 * Seals a PDF with one of the organisation's seals. The original is kept as the document's first
 * version and the sealed file becomes a new version: the sealed PDF, or for CAdES the detached
 * {@code .p7s} over the original; the seal record and the audit event name the person or process
 * that asked. Everything happens in one transaction: a refused or failed seal leaves nothing
 * behind.
 */
@ApplicationScoped
public class SealingService {

  @Inject SealRepository seals;
  @Inject SealRecordRepository records;
  @Inject DocumentRepository documents;
  @Inject SealKeys sealKeys;
  @Inject PadesSealing padesSealing;
  @Inject CadesSealing cadesSealing;
  @Inject AuditLog auditLog;
  @Inject PortalConfig config;
  @Inject Clock clock;

  private final PdfInspector inspector = new PdfInspector();
  private final PlacementResolver placements = new PlacementResolver();

  @Transactional
  public SealOutcome seal(Actor actor, SealCommand command) {
    byte[] original = command.content();
    if (original == null || original.length == 0) {
      throw InvalidDocumentException.empty();
    }
    if (original.length > config.maxUploadBytes()) {
      throw new DocumentTooLargeException(config.maxUploadMegabytes());
    }
    requireApplicable(command);
    PdfSummary summary = inspector.inspect(original);
    Seal seal = resolve(command.sealReference());

    Instant now = clock.instant();
    SealOptions options =
        placements.resolve(
            original,
            summary,
            command.placement(),
            new SealOptions(
                command.level(),
                null,
                null,
                seal.organisationName(),
                command.reason(),
                command.location(),
                null,
                seal.test(),
                now));
    SealingKey key = sealKeys.keyOf(seal);
    byte[] sealed =
        command.format() == SealFormat.CADES
            ? cadesSealing.seal(original, key, options)
            : padesSealing.seal(original, key, options);

    Document document = new Document(fileName(command), actor.name(), now);
    documents.add(document);
    DocumentVersion originalVersion =
        new DocumentVersion(document.id(), 1, original, actor.name(), now);
    DocumentVersion sealedVersion =
        new DocumentVersion(document.id(), 2, sealed, actor.name(), now);
    documents.add(originalVersion);
    documents.add(sealedVersion);

    SealRecord record =
        new SealRecord(
            seal,
            document.id(),
            originalVersion.id(),
            sealedVersion.id(),
            command.format(),
            command.level(),
            options.visible(),
            actor,
            sealedVersion.sha256(),
            now);
    records.add(record);
    auditLog.record(
        actor,
        AuditAction.SEAL_APPLIED,
        document.name(),
        "seal "
            + seal.name()
            + (seal.test() ? " (TEST)" : "")
            + ", "
            + command.format().displayName()
            + " level "
            + command.level().label()
            + ", record "
            + record.id()
            + ", original sha256 "
            + originalVersion.sha256()
            + ", sealed sha256 "
            + sealedVersion.sha256());
    return outcome(record, seal.name(), document.name(), sealed);
  }

  @Transactional
  public SealHistoryEntry record(String id) {
    return parse(id)
        .flatMap(records::find)
        .map(this::entryOf)
        .orElseThrow(() -> new SealRecordNotFoundException(id));
  }

  /** The sealed PDF (or detached signature) of a record, for download. */
  @Transactional
  public SealOutcome sealedDocument(String id) {
    SealHistoryEntry entry = record(id);
    SealRecord record = entry.record();
    DocumentVersion sealed =
        documents
            .findVersion(record.sealedVersionId())
            .orElseThrow(() -> new SealRecordNotFoundException(id));
    return outcome(record, entry.sealName(), entry.documentName(), sealed.content());
  }

  /** Every seal applied, the most recent first: what an administrator sees. */
  @Transactional
  public List<SealHistoryEntry> history(int maxResults) {
    return records.latest(maxResults).stream().map(this::entryOf).toList();
  }

  /** The seals this person or process caused, the most recent first. */
  @Transactional
  public List<SealHistoryEntry> historyOf(String actorName, int maxResults) {
    return records.latestBy(actorName, maxResults).stream().map(this::entryOf).toList();
  }

  private SealHistoryEntry entryOf(SealRecord record) {
    return new SealHistoryEntry(
        record,
        documents.find(record.documentId()).map(Document::name).orElse("document.pdf"),
        seals.find(record.sealId()).map(Seal::name).orElse(""));
  }

  private Seal resolve(String reference) {
    if (reference == null || reference.isBlank()) {
      return seals.organisationDefault().orElseThrow(UnknownSealException::noOrganisationSeal);
    }
    return seals
        .findByName(reference)
        .or(() -> parse(reference).flatMap(seals::find))
        .orElseThrow(() -> new UnknownSealException(reference));
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

  private static SealOutcome outcome(
      SealRecord record, String sealName, String documentName, byte[] sealed) {
    SealFormat format = record.format();
    return new SealOutcome(
        record, sealName, format.resultFileName(documentName), format.mediaType(), sealed);
  }

  /**
   * A detached signature covers the file's bytes and nothing else: no annotation, no field, and no
   * free-text reason (CAdES has no attribute for one). Refused before any work is done.
   */
  private static void requireApplicable(SealCommand command) {
    if (command.format() != SealFormat.CADES) {
      return;
    }
    if (!(command.placement() instanceof PlacementRequest.Invisible)) {
      throw InvalidSealOptionException.notApplicable(
          "A visible seal (visible, page, x, y, width, height, keyword or field)",
          command.format(),
          "a detached signature has no annotation. Leave these out, or use format=pades.");
    }
    if (command.reason() != null && !command.reason().isBlank()) {
      throw InvalidSealOptionException.notApplicable(
          "'reason'",
          command.format(),
          "a CAdES signature has no place for a free-text reason. Leave it out, or use"
              + " format=pades.");
    }
  }
}
