package org.paraph.seals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.ActorKind;

/**
 * Documents handed in together to be sealed with the same options: one {@link SealJob} each. Its
 * progress is that of its jobs; only its owner (and administrators) may see it.
 */
@Entity
@Table(name = "seal_batch")
public class SealBatch {

  @Id private UUID id;

  @Column(name = "owner_name", nullable = false)
  private String ownerName;

  @Enumerated(EnumType.STRING)
  @Column(name = "owner_kind", nullable = false)
  private ActorKind ownerKind;

  @Column(name = "document_count", nullable = false)
  private int documentCount;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SealBatch() {}

  public SealBatch(Actor owner, int documentCount, Instant now) {
    Objects.requireNonNull(owner, "owner");
    if (documentCount < 1) {
      throw new IllegalArgumentException("a batch holds at least one document");
    }
    this.id = UUID.randomUUID();
    this.ownerName = owner.name();
    this.ownerKind = owner.kind();
    this.documentCount = documentCount;
    this.createdAt = now;
  }

  public UUID id() {
    return id;
  }

  public String ownerName() {
    return ownerName;
  }

  public ActorKind ownerKind() {
    return ownerKind;
  }

  public int documentCount() {
    return documentCount;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** Its owner sees a batch; so does an administrator. */
  public boolean visibleTo(String userName, boolean administrator) {
    return administrator || ownerName.equals(userName);
  }
}
