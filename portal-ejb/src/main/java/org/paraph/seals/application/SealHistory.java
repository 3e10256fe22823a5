package org.paraph.seals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.paraph.documents.domain.Document;
import org.paraph.documents.domain.DocumentRepository;
import org.paraph.documents.domain.DocumentVersion;
import org.paraph.seals.domain.DocumentsNotKeptException;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealRecord;
import org.paraph.seals.domain.SealRecordNotFoundException;
import org.paraph.seals.domain.SealRecordRepository;
import org.paraph.seals.domain.SealRepository;

/** The seals applied: their records, and the sealed file of those whose documents were kept. */
@ApplicationScoped
public class SealHistory {

  @Inject SealRepository seals;
  @Inject SealRecordRepository records;
  @Inject DocumentRepository documents;

  @Transactional
  public SealHistoryEntry record(String id) {
    return parse(id)
        .flatMap(records::find)
        .map(this::entryOf)
        .orElseThrow(() -> new SealRecordNotFoundException(id));
  }

  /**
   * The sealed PDF (or detached signature) of a record, for download.
   *
   * @throws DocumentsNotKeptException when the seal's documents were not kept
   */
  @Transactional
  public SealOutcome sealedDocument(String id) {
    SealHistoryEntry entry = record(id);
    SealRecord record = entry.record();
    if (!record.documentsKept()) {
      throw new DocumentsNotKeptException(id);
    }
    DocumentVersion sealed =
        documents
            .findVersion(record.sealedVersionId())
            .orElseThrow(() -> new SealRecordNotFoundException(id));
    return SealOutcome.of(record, entry.sealName(), entry.documentName(), sealed.content());
  }

  /** Every seal applied, the most recent first: what an administrator sees. */
  @Transactional
  public List<SealHistoryEntry> all(int maxResults) {
    return records.latest(maxResults).stream().map(this::entryOf).toList();
  }

  /** The seals this person or process caused, the most recent first. */
  @Transactional
  public List<SealHistoryEntry> of(String actorName, int maxResults) {
    return records.latestBy(actorName, maxResults).stream().map(this::entryOf).toList();
  }

  private SealHistoryEntry entryOf(SealRecord record) {
    return new SealHistoryEntry(
        record,
        documents.find(record.documentId()).map(Document::name).orElse("document.pdf"),
        seals.find(record.sealId()).map(Seal::name).orElse(""));
  }

  private static Optional<UUID> parse(String id) {
    try {
      return Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
