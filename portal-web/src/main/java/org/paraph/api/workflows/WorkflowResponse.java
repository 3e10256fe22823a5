package org.paraph.api.workflows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.paraph.workflows.application.WorkflowView;

/**
 * A workflow as the API shows it to its sender: states and times, never a participant's link. The
 * callback secret (which signs the callbacks) is in the answer to the creation only.
 */
public record WorkflowResponse(
    String id,
    String name,
    String state,
    String sender,
    Instant createdAt,
    Instant sentAt,
    Instant expiresAt,
    Instant endedAt,
    String endReason,
    String finalisationError,
    List<DocumentResponse> documents,
    List<ParticipantResponse> participants,
    String callbackSecret,
    Map<String, String> links) {

  public record DocumentResponse(
      String id,
      String name,
      int versions,
      String originalSha256,
      String currentSha256,
      String link) {}

  public record ParticipantResponse(
      String id,
      String name,
      String surname,
      String email,
      String mobile,
      int order,
      String action,
      String user,
      String state,
      Instant invitedAt,
      Instant openedAt,
      Instant actedAt,
      String declineReason) {}

  static WorkflowResponse of(WorkflowView view) {
    String self = "/api/v1/workflows/" + view.id();
    return new WorkflowResponse(
        view.id().toString(),
        view.name(),
        view.state().name(),
        view.sender(),
        view.createdAt(),
        view.sentAt(),
        view.expiresAt(),
        view.endedAt(),
        view.endReason(),
        view.finalisationError(),
        view.documents().stream()
            .map(
                d ->
                    new DocumentResponse(
                        d.id().toString(),
                        d.name(),
                        d.versions(),
                        d.originalSha256(),
                        d.currentSha256(),
                        self + "/documents/" + d.id()))
            .toList(),
        view.participants().stream()
            .map(
                p ->
                    new ParticipantResponse(
                        p.id().toString(),
                        p.firstName(),
                        p.surname(),
                        p.email(),
                        p.mobile(),
                        p.order(),
                        p.action().name(),
                        p.portalUser(),
                        p.state().name(),
                        p.invitedAt(),
                        p.openedAt(),
                        p.actedAt(),
                        p.declineReason()))
            .toList(),
        view.callbackSecret(),
        Map.of(
            "self",
            self,
            "auditTrail",
            self + "/audit-trail",
            "cancel",
            self + "/cancel",
            "callbacks",
            self + "/callbacks"));
  }
}
