package org.paraph.documents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
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
@NamedQuery(
    name = DocumentVersion.LATEST_OF_DOCUMENT,
    query =
        "select v from DocumentVersion v where v.documentId = :documentId"
            + " order by v.versionNumber desc")
public class DocumentVersion {

  public static final String LATEST_OF_DOCUMENT = "DocumentVersion.latestOfDocument";

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

  /** Marks the constructor that keeps the array it is given: the caller has handed it over. */
  private enum Ownership {
    TAKEN
  }

  protected DocumentVersion() {}

  public DocumentVersion(
      UUID documentId, int versionNumber, byte[] content, String createdBy, Instant now) {
    this(documentId, versionNumber, content.clone(), createdBy, now, Ownership.TAKEN);
  }

  /**
   * A version that takes {@code content} as it is, without the defensive copy: for callers that
   * made the array and never touch it again (a sealed file just produced, an upload just read),
   * where a copy would only double the memory a large document takes.
   */
  public static DocumentVersion handingOver(
      UUID documentId, int versionNumber, byte[] content, String createdBy, Instant now) {
    return new DocumentVersion(documentId, versionNumber, content, createdBy, now, Ownership.TAKEN);
  }

  private DocumentVersion(
      UUID documentId,
      int versionNumber,
      byte[] content,
      String createdBy,
      Instant now,
      Ownership ownership) {
    this.id = UUID.randomUUID();
    this.documentId = documentId;
    this.versionNumber = versionNumber;
    this.content = content;
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
