package org.paraph.documents.domain;

import java.util.Optional;
import java.util.UUID;

/** Where documents and their versions are kept (the database by default). */
public interface DocumentRepository {

  void add(Document document);

  void add(DocumentVersion version);

  Optional<Document> find(UUID documentId);

  Optional<DocumentVersion> findVersion(UUID versionId);
}
