package org.paraph.workflows.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.paraph.shared.domain.ProblemText;

/**
 * A sender's request that participants act on documents, in order. The aggregate root of the
 * workflow feature: its documents and participants change only through it. Who must act when is
 * decided by the BPMN process; this entity keeps what happened, for the sender and the audit trail.
 */
@Entity
@Table(name = "workflow")
@NamedQuery(
    name = Workflow.BY_SENDER,
    query = "select w from Workflow w where w.senderName = :sender order by w.createdAt desc")
@NamedQuery(name = Workflow.LATEST, query = "select w from Workflow w order by w.createdAt desc")
public class Workflow {

  public static final String BY_SENDER = "Workflow.bySender";
  public static final String LATEST = "Workflow.latest";

  @Id private UUID id;

  @Column(nullable = false)
  private String name;

  @Column(name = "sender_name", nullable = false, updatable = false)
  private String senderName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private WorkflowState state;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  // ISO-8601 (P2D), as the process reads it.
  @Column(name = "reminder_interval")
  private String reminderInterval;

  @Column(name = "callback_url")
  private String callbackUrl;

  // Encrypted under the master key: it signs the callbacks, so it is as secret as a password.
  @Column(name = "callback_secret")
  private String callbackSecret;

  @Column(name = "signature_modes", nullable = false)
  private String signatureModes;

  @Column(name = "editable_fields", nullable = false)
  private String editableFields;

  @Column(name = "brand_colour")
  private String brandColour;

  @Column(name = "brand_redirect_url")
  private String brandRedirectUrl;

  @Column(name = "brand_logo")
  private byte[] brandLogo;

  @Column(name = "audit_trail_document_id")
  private UUID auditTrailDocumentId;

  @Column(name = "finalisation_error")
  private String finalisationError;

  @Column(name = "end_reason")
  private String endReason;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @OneToMany(mappedBy = "workflow", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<WorkflowDocument> documents = new ArrayList<>();

  @OneToMany(mappedBy = "workflow", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Participant> participants = new ArrayList<>();

  protected Workflow() {}

  public Workflow(WorkflowSettings settings, String senderName, Instant now) {
    this.id = UUID.randomUUID();
    this.name = settings.name();
    this.senderName = senderName;
    this.state = WorkflowState.IN_PROGRESS;
    this.expiresAt = settings.expiresAt();
    this.reminderInterval =
        settings.reminderInterval() == null ? null : settings.reminderInterval().toString();
    this.callbackUrl = settings.callbackUrl();
    this.signatureModes =
        settings.signatureModes().stream()
            .map(Enum::name)
            .sorted()
            .collect(Collectors.joining(","));
    this.editableFields =
        settings.editable().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    this.brandColour = settings.branding().primaryColour();
    this.brandRedirectUrl = settings.branding().redirectUrl();
    this.brandLogo = settings.branding().logo();
    this.createdAt = now;
  }

  public WorkflowDocument addDocument(UUID documentId, String originalSha256) {
    WorkflowDocument document =
        new WorkflowDocument(this, documents.size(), documentId, originalSha256);
    documents.add(document);
    return document;
  }

  public Participant addParticipant(ParticipantDetails details) {
    for (SignatureBox box : details.boxes()) {
      if (box.documentPosition() < 0 || box.documentPosition() >= documents.size()) {
        throw WorkflowException.invalid(
            ProblemText.of(
                "problem.invalid-workflow.box-document",
                details.firstName(),
                details.surname(),
                box.documentPosition() + 1,
                documents.size()));
      }
    }
    Participant participant = new Participant(this, participants.size(), details);
    participants.add(participant);
    return participant;
  }

  /** The participants' ids grouped by order, lowest order first: what the process walks through. */
  public List<List<String>> participantGroups() {
    return participants.stream()
        .collect(
            Collectors.groupingBy(
                Participant::order,
                TreeMap::new,
                Collectors.mapping(p -> p.id().toString(), Collectors.toList())))
        .values()
        .stream()
        .toList();
  }

  public void useCallbackSecret(String encryptedSecret) {
    this.callbackSecret = encryptedSecret;
  }

  /** The callback secret as stored (encrypted), or null without a callback URL. */
  public String callbackSecret() {
    return callbackSecret;
  }

  public void started(String newProcessInstanceId, Instant now) {
    this.processInstanceId = newProcessInstanceId;
    this.sentAt = now;
  }

  /** Every participant has acted: the final sealing begins. */
  public void allActed() {
    state = WorkflowState.FINALISING;
  }

  public void finalisationFailed(String reason) {
    state = WorkflowState.FINALISATION_FAILED;
    finalisationError = reason;
  }

  public void completed(UUID auditTrail, Instant now) {
    state = WorkflowState.COMPLETED;
    auditTrailDocumentId = auditTrail;
    finalisationError = null;
    endedAt = now;
  }

  /** The longest reason kept: the end reason's and a decline reason's columns hold 2,000. */
  public static final int MAX_REASON = 2000;

  /** {@code reason} as it is kept: a longer one is cut, and says so with an ellipsis. */
  static String kept(String reason) {
    return reason == null || reason.length() <= MAX_REASON
        ? reason
        : reason.substring(0, MAX_REASON - 1) + "\u2026";
  }

  public void end(WorkflowState endState, String reason, Instant now) {
    if (!EnumSet.of(WorkflowState.DECLINED, WorkflowState.CANCELLED, WorkflowState.EXPIRED)
        .contains(endState)) {
      throw new IllegalArgumentException(endState + " is not an early end");
    }
    if (!state.open()) {
      throw WorkflowException.notOpen(state);
    }
    state = endState;
    // A decline's reason may already be as long as the column, before "<name> declined: ".
    endReason = kept(reason);
    endedAt = now;
  }

  public Optional<Participant> participant(UUID participantId) {
    return participants.stream().filter(p -> p.id().equals(participantId)).findFirst();
  }

  public Optional<WorkflowDocument> document(UUID workflowDocumentId) {
    return documents.stream().filter(d -> d.id().equals(workflowDocumentId)).findFirst();
  }

  public boolean everyoneActed() {
    return participants.stream().allMatch(p -> p.state() == ParticipantState.SIGNED);
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String senderName() {
    return senderName;
  }

  public WorkflowState state() {
    return state;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  /** How often participants are reminded, or null: never. */
  public Duration reminderInterval() {
    return reminderInterval == null ? null : Duration.parse(reminderInterval);
  }

  public String callbackUrl() {
    return callbackUrl;
  }

  public Set<SignatureMode> signatureModes() {
    return enumsOf(signatureModes, SignatureMode.class);
  }

  public Set<EditableField> editable() {
    return enumsOf(editableFields, EditableField.class);
  }

  public Branding branding() {
    return Branding.stored(brandColour, brandRedirectUrl, brandLogo);
  }

  public Optional<UUID> auditTrailDocumentId() {
    return Optional.ofNullable(auditTrailDocumentId);
  }

  public String finalisationError() {
    return finalisationError;
  }

  public String endReason() {
    return endReason;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant sentAt() {
    return sentAt;
  }

  public Instant endedAt() {
    return endedAt;
  }

  public List<WorkflowDocument> documents() {
    return List.copyOf(documents);
  }

  public List<Participant> participants() {
    return participants.stream().sorted(Comparator.comparingInt(Participant::position)).toList();
  }

  private static <E extends Enum<E>> Set<E> enumsOf(String stored, Class<E> type) {
    Set<E> values = EnumSet.noneOf(type);
    if (stored != null && !stored.isBlank()) {
      for (String name : stored.split(",")) {
        values.add(Enum.valueOf(type, name));
      }
    }
    return values;
  }
}
