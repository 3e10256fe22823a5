package org.paraph.workflows.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.paraph.documents.domain.Document;
import org.paraph.documents.domain.DocumentRepository;
import org.paraph.documents.domain.DocumentVersion;
import org.paraph.workflows.domain.WorkflowException;

/** The versions of a workflow's documents: each signature and seal adds one, nothing is changed. */
@ApplicationScoped
public class WorkflowDocuments {

  @Inject DocumentRepository documents;

  public DocumentVersion store(String name, byte[] content, String createdBy, Instant now) {
    Document document = new Document(name, createdBy, now);
    documents.add(document);
    DocumentVersion version = new DocumentVersion(document.id(), 1, content, createdBy, now);
    documents.add(version);
    return version;
  }

  public DocumentVersion current(UUID documentId) {
    return documents
        .latestVersion(documentId)
        .orElseThrow(() -> WorkflowException.documentNotFound(documentId.toString()));
  }

  public DocumentVersion append(
      DocumentVersion previous, byte[] content, String createdBy, Instant now) {
    DocumentVersion next =
        new DocumentVersion(
            previous.documentId(), previous.versionNumber() + 1, content, createdBy, now);
    documents.add(next);
    return next;
  }

  public String name(UUID documentId) {
    return documents.find(documentId).map(Document::name).orElse("document.pdf");
  }
}
