package org.paraph.seals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.ActorKind;

/**
 * The record of one seal applied: which seal, on which document version, in which format and at
 * which level, and the authenticated person or process that caused it, even when the annotation
 * shows only the organisation. The sealed version is the sealed PDF, or for a detached CAdES seal
 * the {@code .p7s} signature over the original version.
 */
@Entity
@Table(name = "seal_record")
public class SealRecord {

  @Id private UUID id;

  @Column(name = "seal_id", nullable = false)
  private UUID sealId;

  @Column(name = "document_id", nullable = false)
  private UUID documentId;

  /** Null when the documents were not kept. */
  @Column(name = "original_version_id")
  private UUID originalVersionId;

  /** Null when the documents were not kept. */
  @Column(name = "sealed_version_id")
  private UUID sealedVersionId;

  /** Null for a record made before schema 18 (its original version has the hash). */
  @Column(name = "original_sha256")
  private String originalSha256;

  @Column(name = "documents_kept", nullable = false)
  private boolean documentsKept = true;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SealFormat format;

  @Column(nullable = false)
  private String level;

  @Column(nullable = false)
  private boolean visible;

  @Column(name = "actor_name", nullable = false)
  private String actorName;

  @Enumerated(EnumType.STRING)
  @Column(name = "actor_kind", nullable = false)
  private ActorKind actorKind;

  @Column(nullable = false)
  private boolean test;

  @Column(name = "sealed_sha256", nullable = false)
  private String sealedSha256;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "degraded_from")
  private String degradedFrom;

  protected SealRecord() {}

  /**
   * The record of a seal whose documents were not kept: the hashes of the original and of the
   * sealed file, the seal, who and when.
   */
  public static SealRecord withoutDocuments(
      Seal seal,
      UUID documentId,
      String originalSha256,
      SealFormat format,
      SealLevel level,
      boolean visible,
      Actor actor,
      String sealedSha256,
      Instant now) {
    SealRecord record =
        new SealRecord(
            seal, documentId, null, null, format, level, visible, actor, sealedSha256, now);
    record.originalSha256 = originalSha256;
    record.documentsKept = false;
    return record;
  }

  public SealRecord(
      Seal seal,
      UUID documentId,
      UUID originalVersionId,
      UUID sealedVersionId,
      SealFormat format,
      SealLevel level,
      boolean visible,
      Actor actor,
      String sealedSha256,
      Instant now) {
    this.id = UUID.randomUUID();
    this.sealId = seal.id();
    this.test = seal.test();
    this.documentId = documentId;
    this.originalVersionId = originalVersionId;
    this.sealedVersionId = sealedVersionId;
    this.format = format;
    this.level = level.label();
    this.visible = visible;
    this.actorName = actor.name();
    this.actorKind = actor.kind();
    this.sealedSha256 = sealedSha256;
    this.createdAt = now;
  }

  public UUID id() {
    return id;
  }

  public UUID sealId() {
    return sealId;
  }

  public UUID documentId() {
    return documentId;
  }

  public UUID originalVersionId() {
    return originalVersionId;
  }

  public UUID sealedVersionId() {
    return sealedVersionId;
  }

  /** Whether the original and the sealed file are in the portal, for download later. */
  public boolean documentsKept() {
    return documentsKept;
  }

  /** The original's hash, where the record has it (made from schema 18 on). */
  public Optional<String> originalSha256() {
    return Optional.ofNullable(originalSha256);
  }

  /** PAdES (the sealed version is a PDF) or CAdES (it is the detached signature). */
  public SealFormat format() {
    return format;
  }

  public String level() {
    return level;
  }

  public boolean visible() {
    return visible;
  }

  public String actorName() {
    return actorName;
  }

  public ActorKind actorKind() {
    return actorKind;
  }

  public boolean test() {
    return test;
  }

  public String sealedSha256() {
    return sealedSha256;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /**
   * The level that was asked for when no timestamp authority answered and the seal's policy let it
   * be made at B-B instead; empty for a seal made at the level asked.
   */
  public Optional<String> degradedFrom() {
    return Optional.ofNullable(degradedFrom);
  }

  /** Made at B-B because no timestamp authority answered; {@code asked} is the level asked for. */
  public void degradedFrom(SealLevel asked) {
    degradedFrom = asked.label();
  }
}
