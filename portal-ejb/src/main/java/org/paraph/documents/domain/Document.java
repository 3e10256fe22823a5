package org.paraph.documents.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A file handed to the portal. Its content lives in immutable {@link DocumentVersion}s. */
@Entity
@Table(name = "document")
public class Document {

  @Id private UUID id;

  @Column(nullable = false)
  private String name;

  @Column(name = "owner_name", nullable = false)
  private String ownerName;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Document() {}

  public Document(String name, String ownerName, Instant now) {
    this.id = UUID.randomUUID();
    this.name = name;
    this.ownerName = ownerName;
    this.createdAt = now;
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String ownerName() {
    return ownerName;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
