package org.paraph.documents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.paraph.shared.domain.Sha256;

/**
 * One immutable state of a document: the original upload, then each sealed or signed result.
 * Nothing ever changes a stored version; every write adds a new one.
 */
@Entity
@Table(name = "document_version")
public class DocumentVersion {

  @Id private UUID id;

  @Column(name = "document_id", nullable = false, updatable = false)
  private UUID documentId;

  @Column(name = "version_number", nullable = false, updatable = false)
  private int versionNumber;

  @Column(nullable = false, updatable = false)
  private byte[] content;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(nullable = false, updatable = false)
  private String sha256;

  @Column(name = "created_by", nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected DocumentVersion() {}

  public DocumentVersion(
      UUID documentId, int versionNumber, byte[] content, String createdBy, Instant now) {
    this.id = UUID.randomUUID();
    this.documentId = documentId;
    this.versionNumber = versionNumber;
    this.content = content.clone();
    this.sizeBytes = content.length;
    this.sha256 = Sha256.hex(content);
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  public UUID id() {
    return id;
  }

  public UUID documentId() {
    return documentId;
  }

  public int versionNumber() {
    return versionNumber;
  }

  public byte[] content() {
    return content.clone();
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
