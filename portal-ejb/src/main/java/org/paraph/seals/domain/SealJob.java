package org.paraph.seals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.ActorKind;

/**
 * One document to seal, in the persistent queue: the stored version to seal, how to seal it, who
 * asked, and where it stands (pending, running on a node until its lease runs out, done with its
 * seal record, or failed with the reason).
 *
 * <p>Nodes claim jobs by a conditional update of the state, the lease and the row version (see
 * {@link SealJobRepository#claim}), never by holding a lock while sealing. Each claim gets a new
 * token and a new row version, so a node whose lease ran out and whose job was claimed again cannot
 * record a result any more: its update fails on the version and rolls back its seal.
 */
@Entity
@Table(name = "seal_job")
public class SealJob {

  /** Room for a reason in the column; the reasons the portal gives are much shorter. */
  static final int MAX_ERROR_DETAIL = 2000;

  private static final int MAX_USER_AGENT = 400;

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SealJobKind kind;

  @Column(name = "batch_id")
  private UUID batchId;

  @Column(name = "batch_position", nullable = false)
  private int position;

  @Column(name = "document_id", nullable = false)
  private UUID documentId;

  @Column(name = "input_version_id", nullable = false)
  private UUID inputVersionId;

  @Column(name = "seal_id", nullable = false)
  private UUID sealId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SealFormat format;

  @Column(nullable = false)
  private String level;

  @Column(name = "placement_kind", nullable = false)
  private String placementKind;

  private Integer page;
  private Float x;
  private Float y;
  private Float width;
  private Float height;
  private String keyword;

  @Column(name = "field_name")
  private String fieldName;

  private String reason;
  private String location;

  @Column(name = "actor_name", nullable = false)
  private String actorName;

  @Enumerated(EnumType.STRING)
  @Column(name = "actor_kind", nullable = false)
  private ActorKind actorKind;

  @Column(name = "client_ip")
  private String clientIp;

  @Column(name = "user_agent")
  private String userAgent;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SealJobState state;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "not_before", nullable = false)
  private Instant notBefore;

  @Column(name = "locked_by")
  private String lockedBy;

  @Column(name = "lock_token")
  private UUID lockToken;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "error_type")
  private String errorType;

  @Column(name = "error_detail")
  private String errorDetail;

  @Column(name = "seal_record_id")
  private UUID sealRecordId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  protected SealJob() {}

  /**
   * A pending job that seals a stored version.
   *
   * @param batchId the batch it belongs to, or null for a job on its own
   * @param position its place in the batch, from 1 (0 on its own)
   */
  public SealJob(
      UUID batchId,
      int position,
      UUID documentId,
      UUID inputVersionId,
      Seal seal,
      SealJobOptions options,
      Actor actor,
      Instant now) {
    Objects.requireNonNull(documentId, "documentId");
    Objects.requireNonNull(inputVersionId, "inputVersionId");
    Objects.requireNonNull(options, "options");
    this.id = UUID.randomUUID();
    this.kind = SealJobKind.SEAL_VERSION;
    this.batchId = batchId;
    this.position = position;
    this.documentId = documentId;
    this.inputVersionId = inputVersionId;
    this.sealId = seal.id();
    this.format = options.format();
    this.level = options.level().label();
    this.reason = options.reason();
    this.location = options.location();
    store(options.placement());
    this.actorName = actor.name();
    this.actorKind = actor.kind();
    this.clientIp = actor.clientIp();
    this.userAgent =
        actor.userAgent() == null
            ? null
            : actor.userAgent().substring(0, Math.min(MAX_USER_AGENT, actor.userAgent().length()));
    this.state = SealJobState.PENDING;
    this.attempts = 0;
    this.notBefore = now;
    this.createdAt = now;
    this.updatedAt = now;
  }

  private void store(PlacementRequest placement) {
    if (placement instanceof PlacementRequest.AtCoordinates at) {
      placementKind = "COORDINATES";
      Placement box = at.placement();
      page = box.page();
      x = box.x();
      y = box.y();
      width = box.width();
      height = box.height();
    } else if (placement instanceof PlacementRequest.AtKeyword at) {
      placementKind = "KEYWORD";
      keyword = at.keyword();
      width = at.width();
      height = at.height();
    } else if (placement instanceof PlacementRequest.InField in) {
      placementKind = "FIELD";
      fieldName = in.name();
    } else {
      placementKind = "INVISIBLE";
    }
  }

  /** The options the job was given, as they were. */
  public SealJobOptions options() {
    PlacementRequest placement =
        switch (placementKind) {
          case "COORDINATES" -> PlacementRequest.at(new Placement(page, x, y, width, height));
          case "KEYWORD" -> new PlacementRequest.AtKeyword(keyword, width, height);
          case "FIELD" -> PlacementRequest.inField(fieldName);
          default -> PlacementRequest.invisible();
        };
    return new SealJobOptions(format, SealLevel.fromLabel(level), placement, reason, location);
  }

  /** The person or process that asked: every seal records it. */
  public Actor actor() {
    return new Actor(actorName, actorKind, clientIp, userAgent);
  }

  /** Whether this claim (the token a node got when it claimed the job) still holds it. */
  public boolean heldBy(UUID token) {
    return state == SealJobState.RUNNING && token != null && token.equals(lockToken);
  }

  public void done(UUID recordId, Instant now) {
    Objects.requireNonNull(recordId, "recordId");
    requireRunning();
    state = SealJobState.DONE;
    sealRecordId = recordId;
    errorType = null;
    errorDetail = null;
    finish(now);
  }

  /** Not sealed, for good: the reason stays with the job. */
  public void failed(String type, String detail, Instant now) {
    requireRunning();
    state = SealJobState.FAILED;
    keepError(type, detail);
    finish(now);
  }

  /** Not sealed this time, for a reason that may pass: pending again from {@code retryAt}. */
  public void retryLater(String type, String detail, Instant retryAt, Instant now) {
    requireRunning();
    state = SealJobState.PENDING;
    keepError(type, detail);
    notBefore = retryAt;
    release(now);
  }

  /** A failed job sent again by its owner: pending now, with its attempts counted afresh. */
  public boolean resend(Instant now) {
    if (state != SealJobState.FAILED) {
      return false;
    }
    state = SealJobState.PENDING;
    attempts = 0;
    notBefore = now;
    finishedAt = null;
    release(now);
    return true;
  }

  private void requireRunning() {
    if (state != SealJobState.RUNNING) {
      throw new IllegalStateException("job " + id + " is " + state + ", not RUNNING");
    }
  }

  private void keepError(String type, String detail) {
    errorType = type;
    errorDetail =
        detail == null ? null : detail.substring(0, Math.min(MAX_ERROR_DETAIL, detail.length()));
  }

  private void finish(Instant now) {
    finishedAt = now;
    release(now);
  }

  private void release(Instant now) {
    lockedBy = null;
    lockToken = null;
    lockedUntil = null;
    updatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public SealJobKind kind() {
    return kind;
  }

  public Optional<UUID> batchId() {
    return Optional.ofNullable(batchId);
  }

  public int position() {
    return position;
  }

  public UUID documentId() {
    return documentId;
  }

  public UUID inputVersionId() {
    return inputVersionId;
  }

  public UUID sealId() {
    return sealId;
  }

  public SealJobState state() {
    return state;
  }

  public int attempts() {
    return attempts;
  }

  public Instant notBefore() {
    return notBefore;
  }

  public Optional<String> lockedBy() {
    return Optional.ofNullable(lockedBy);
  }

  public Optional<Instant> lockedUntil() {
    return Optional.ofNullable(lockedUntil);
  }

  /** The problem type of the last failure (e.g. {@code not-a-pdf}), if any. */
  public Optional<String> errorType() {
    return Optional.ofNullable(errorType);
  }

  /** What went wrong the last time, in words the owner can act on. */
  public Optional<String> errorDetail() {
    return Optional.ofNullable(errorDetail);
  }

  public Optional<UUID> sealRecordId() {
    return Optional.ofNullable(sealRecordId);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Optional<Instant> finishedAt() {
    return Optional.ofNullable(finishedAt);
  }
}
