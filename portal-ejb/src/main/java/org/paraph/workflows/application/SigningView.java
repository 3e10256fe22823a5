package org.paraph.workflows.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.paraph.workflows.domain.Branding;
import org.paraph.workflows.domain.EditableField;
import org.paraph.workflows.domain.ParticipantAction;
import org.paraph.workflows.domain.ParticipantState;
import org.paraph.workflows.domain.SignatureBox;
import org.paraph.workflows.domain.SignatureMode;
import org.paraph.workflows.domain.WorkflowState;

/**
 * What the holder of a participant link sees: the workflow, the documents, their own boxes, and
 * nothing about the other participants beyond what the documents show.
 */
public record SigningView(
    String workflowName,
    String sender,
    WorkflowState workflowState,
    Instant expiresAt,
    String firstName,
    String surname,
    String email,
    String mobile,
    String message,
    ParticipantAction action,
    ParticipantState state,
    String otpChannel,
    String otpDestination,
    Set<SignatureMode> signatureModes,
    Set<EditableField> editable,
    Branding branding,
    List<Document> documents,
    List<SignatureBox> boxes) {

  /** A document the participant can download, as it is now. */
  public record Document(UUID id, int position, String name, String sha256) {}
}
