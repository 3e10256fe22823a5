package org.paraph.workflows.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * One PDF of a workflow. Its content lives in the document store as versions: the upload first,
 * then one version per signature, and the sealed result last.
 */
@Entity
@Table(name = "workflow_document")
public class WorkflowDocument {

  @Id private UUID id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "workflow_id", nullable = false, updatable = false)
  private Workflow workflow;

  @Column(nullable = false, updatable = false)
  private int position;

  @Column(name = "document_id", nullable = false, updatable = false)
  private UUID documentId;

  @Column(name = "original_sha256", nullable = false, updatable = false)
  private String originalSha256;

  protected WorkflowDocument() {}

  WorkflowDocument(Workflow workflow, int position, UUID documentId, String originalSha256) {
    this.id = UUID.randomUUID();
    this.workflow = workflow;
    this.position = position;
    this.documentId = documentId;
    this.originalSha256 = originalSha256;
  }

  public UUID id() {
    return id;
  }

  public int position() {
    return position;
  }

  public UUID documentId() {
    return documentId;
  }

  public String originalSha256() {
    return originalSha256;
  }
}
