package org.paraph.documents.domain;

import java.util.Optional;
import java.util.UUID;

/** Where documents and their versions are kept (the database by default). */
public interface DocumentRepository {

  void add(Document document);

  void add(DocumentVersion version);

  Optional<Document> find(UUID documentId);

  Optional<DocumentVersion> findVersion(UUID versionId);

  /**
   * The newest version of a document: what it is now. Versions added in the current transaction
   * count too.
   */
  Optional<DocumentVersion> latestVersion(UUID documentId);

  /** The number the document's next version takes: one more than its latest, 1 for none yet. */
  default int nextVersionNumber(UUID documentId) {
    return latestVersion(documentId).map(latest -> latest.versionNumber() + 1).orElse(1);
  }
}
