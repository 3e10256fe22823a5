package org.paraph.documents.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import org.paraph.documents.domain.Document;
import org.paraph.documents.domain.DocumentRepository;
import org.paraph.documents.domain.DocumentVersion;

@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {

  @PersistenceContext(unitName = "paraph")
  EntityManager em;

  @Override
  public void add(Document document) {
    em.persist(document);
  }

  @Override
  public void add(DocumentVersion version) {
    em.persist(version);
  }

  @Override
  public Optional<Document> find(UUID documentId) {
    return Optional.ofNullable(em.find(Document.class, documentId));
  }

  @Override
  public Optional<DocumentVersion> findVersion(UUID versionId) {
    return Optional.ofNullable(em.find(DocumentVersion.class, versionId));
  }

  // A query flushes the versions added in this transaction first, so they count.
  @Override
  public Optional<DocumentVersion> latestVersion(UUID documentId) {
    return em.createNamedQuery(DocumentVersion.LATEST_OF_DOCUMENT, DocumentVersion.class)
        .setParameter("documentId", documentId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
