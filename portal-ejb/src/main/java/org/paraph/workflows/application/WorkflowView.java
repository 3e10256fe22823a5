package org.paraph.workflows.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.paraph.workflows.domain.ParticipantAction;
import org.paraph.workflows.domain.ParticipantState;
import org.paraph.workflows.domain.WorkflowState;

/** A workflow as its sender and administrators see it: never a participant's link. */
public record WorkflowView(
    UUID id,
    String name,
    String sender,
    WorkflowState state,
    Instant createdAt,
    Instant sentAt,
    Instant expiresAt,
    Instant endedAt,
    String endReason,
    String finalisationError,
    List<DocumentView> documents,
    List<ParticipantView> participants,
    String callbackSecret) {

  /** One document: its current version. */
  public record DocumentView(
      UUID id, String name, int versions, String originalSha256, String currentSha256) {}

  public record ParticipantView(
      UUID id,
      String firstName,
      String surname,
      String email,
      String mobile,
      int order,
      ParticipantAction action,
      String portalUser,
      ParticipantState state,
      Instant invitedAt,
      Instant openedAt,
      Instant actedAt,
      String declineReason) {}
}
