package org.paraph.workflows.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.List;
import org.paraph.audit.application.AuditLog;
import org.paraph.audit.domain.AuditAction;
import org.paraph.audit.domain.AuditEvent;
import org.paraph.seals.domain.Seal;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.ActorKind;
import org.paraph.workflows.domain.AuthenticationChannel;
import org.paraph.workflows.domain.CallbackDelivery;
import org.paraph.workflows.domain.Participant;
import org.paraph.workflows.domain.Workflow;

/**
 * The audit events of workflows, one method per event, recorded in the caller's transaction. The
 * details are English sentences inside the hash chain: they are written exactly as they always
 * were, so that events recorded before and after read alike and the chain's readers keep working.
 */
@ApplicationScoped
public class WorkflowAudit {

  @Inject AuditLog auditLog;

  /** The workflow's events, oldest first. */
  public List<AuditEvent> events(Workflow workflow) {
    return auditLog.about(subject(workflow));
  }

  // The sender's actions.

  void created(Actor sender, Workflow workflow) {
    record(
        sender,
        AuditAction.WORKFLOW_CREATED,
        workflow,
        "'"
            + workflow.name()
            + "', "
            + workflow.documents().size()
            + " document(s), "
            + workflow.participants().size()
            + " participant(s), expires "
            + workflow.expiresAt());
  }

  void sent(Actor sender, Workflow workflow) {
    record(sender, AuditAction.WORKFLOW_SENT, workflow, "process started");
  }

  void cancelled(Actor caller, Workflow workflow) {
    record(caller, AuditAction.WORKFLOW_CANCELLED, workflow, "");
  }

  void finalisationRetried(Actor caller, Workflow workflow, int jobs) {
    record(
        caller,
        AuditAction.WORKFLOW_FINALISATION_RETRIED,
        workflow,
        jobs + " job(s) set to run again after: " + workflow.finalisationError());
  }

  void linkResent(Actor sender, Participant participant) {
    record(
        sender,
        AuditAction.PARTICIPANT_INVITED,
        participant.workflow(),
        describe(participant) + ": new link sent by " + channel(participant) + " on request");
  }

  // The process's steps.

  void sealTaskWaiting(Participant participant) {
    record(
        Actor.SYSTEM,
        AuditAction.PARTICIPANT_INVITED,
        participant.workflow(),
        describe(participant)
            + ": seal approval waits in the tasks of user "
            + participant.portalUser());
  }

  void invited(Participant participant) {
    record(
        Actor.SYSTEM,
        AuditAction.PARTICIPANT_INVITED,
        participant.workflow(),
        describe(participant) + ": link sent by " + channel(participant));
  }

  void reminded(Participant participant) {
    record(
        Actor.SYSTEM,
        AuditAction.PARTICIPANT_REMINDED,
        participant.workflow(),
        describe(participant) + ": new link sent by " + channel(participant));
  }

  void expired(Workflow workflow) {
    record(Actor.SYSTEM, AuditAction.WORKFLOW_EXPIRED, workflow, "");
  }

  void declined(Workflow workflow, String reason) {
    record(Actor.SYSTEM, AuditAction.WORKFLOW_DECLINED, workflow, reason);
  }

  void documentSealed(
      Workflow workflow, String name, Seal seal, String sha256Before, String sha256After) {
    record(
        Actor.SYSTEM,
        AuditAction.WORKFLOW_SEALED,
        workflow,
        name
            + " sealed with "
            + seal.name()
            + (seal.test() ? " (TEST)" : "")
            + " at B-LTA, sha256 "
            + sha256Before
            + " -> "
            + sha256After);
  }

  void completed(Workflow workflow) {
    record(
        Actor.SYSTEM,
        AuditAction.WORKFLOW_COMPLETED,
        workflow,
        workflow.documents().size() + " document(s) sealed; audit trail follows");
  }

  /**
   * @param reason the failure, already shortened to fit
   */
  void finalisationFailed(Workflow workflow, String reason) {
    record(Actor.SYSTEM, AuditAction.WORKFLOW_FINALISATION_FAILED, workflow, reason + " (retried)");
  }

  void callbackDelivered(Workflow workflow, CallbackDelivery delivery, Integer status) {
    record(
        Actor.SYSTEM,
        AuditAction.CALLBACK_DELIVERED,
        workflow,
        delivery.event()
            + " delivery "
            + delivery.id()
            + " to "
            + delivery.url()
            + ": HTTP "
            + status
            + " after "
            + delivery.attempts()
            + " attempt(s)");
  }

  void callbackGivenUp(Workflow workflow, CallbackDelivery delivery, String error) {
    record(
        Actor.SYSTEM,
        AuditAction.CALLBACK_FAILED,
        workflow,
        delivery.event()
            + " delivery "
            + delivery.id()
            + " to "
            + delivery.url()
            + " given up after "
            + delivery.attempts()
            + " attempts: "
            + error);
  }

  // The participant's actions through their link.

  void linkOpened(Participant participant, RequestOrigin origin) {
    record(participant, origin, AuditAction.LINK_OPENED, describe(participant));
  }

  void otpSent(Participant participant, RequestOrigin origin) {
    record(
        participant,
        origin,
        AuditAction.OTP_SENT,
        describe(participant) + ", by " + participant.authentication());
  }

  void otpVerified(Participant participant, RequestOrigin origin) {
    record(participant, origin, AuditAction.OTP_VERIFIED, describe(participant));
  }

  void otpWrong(Participant participant, RequestOrigin origin) {
    record(
        participant,
        origin,
        AuditAction.OTP_FAILED,
        describe(participant) + ", " + participant.otpTriesLeft() + " tries left");
  }

  void otpExpired(Participant participant, RequestOrigin origin) {
    record(
        participant,
        origin,
        AuditAction.OTP_FAILED,
        describe(participant) + ", expired or not sent");
  }

  void linkLocked(Participant participant, RequestOrigin origin) {
    record(participant, origin, AuditAction.LINK_LOCKED, describe(participant));
  }

  void signed(
      Participant participant,
      RequestOrigin origin,
      X509Certificate certificate,
      List<ParticipantSignatures.Signed> signed) {
    record(
        participant,
        origin,
        AuditAction.PARTICIPANT_SIGNED,
        describe(participant)
            + ", certificate "
            + certificate.getSerialNumber().toString(16)
            + ", "
            + describe(signed));
  }

  void declined(Participant participant, RequestOrigin origin) {
    record(
        participant,
        origin,
        AuditAction.PARTICIPANT_DECLINED,
        describe(participant) + ", reason: " + participant.declineReason());
  }

  void qualifiedStarted(Participant participant, RequestOrigin origin, URI trustService) {
    record(
        participant,
        origin,
        AuditAction.QUALIFIED_SIGN_STARTED,
        describe(participant) + ", sent to " + trustService);
  }

  void qualifiedFailed(Participant participant, RequestOrigin origin, String why) {
    record(
        participant, origin, AuditAction.QUALIFIED_SIGN_FAILED, describe(participant) + ": " + why);
  }

  void qualifiedSigned(
      Participant participant,
      RequestOrigin origin,
      X509Certificate certificate,
      List<ParticipantSignatures.Signed> signed) {
    record(
        participant,
        origin,
        AuditAction.QUALIFIED_SIGNED,
        describe(participant)
            + ", qualified certificate "
            + certificate.getSubjectX500Principal().getName()
            + " issued by "
            + certificate.getIssuerX500Principal().getName()
            + ", serial "
            + certificate.getSerialNumber().toString(16)
            + ", "
            + describe(signed));
  }

  // A portal user's seal approval.

  /**
   * @param reason the approver's reason, as they gave it
   */
  void sealRefused(Actor approver, Participant task, String reason) {
    record(
        approver,
        AuditAction.PARTICIPANT_DECLINED,
        task.workflow(),
        describe(task) + ", seal refused: " + reason.strip());
  }

  void sealApproved(
      Actor approver, Participant task, Seal seal, List<ParticipantSignatures.Signed> sealed) {
    record(
        approver,
        AuditAction.WORKFLOW_SEAL_APPROVED,
        task.workflow(),
        describe(task)
            + ", seal "
            + seal.name()
            + (seal.test() ? " (TEST)" : "")
            + ", "
            + describe(sealed));
  }

  private void record(Participant participant, RequestOrigin origin, String action, String what) {
    record(actor(participant, origin), action, participant.workflow(), what);
  }

  private void record(Actor actor, String action, Workflow workflow, String details) {
    auditLog.record(actor, action, subject(workflow), details);
  }

  private static String subject(Workflow workflow) {
    return "workflow " + workflow.id();
  }

  /** A participant acting through their link, as the audit log names them. */
  private static Actor actor(Participant participant, RequestOrigin origin) {
    String name =
        participant.fullName()
            + (participant.email() == null ? "" : " <" + participant.email() + ">");
    return new Actor(
        name.length() > 200 ? name.substring(0, 200) : name,
        ActorKind.PARTICIPANT,
        origin.clientIp(),
        origin.userAgent());
  }

  private static String describe(Participant participant) {
    return "participant "
        + participant.id()
        + " "
        + participant.fullName()
        + (participant.email() == null ? "" : " <" + participant.email() + ">")
        + (participant.mobile() == null ? "" : " " + participant.mobile())
        + ", "
        + participant.action();
  }

  private static String describe(List<ParticipantSignatures.Signed> signed) {
    StringBuilder text = new StringBuilder();
    for (ParticipantSignatures.Signed document : signed) {
      if (!text.isEmpty()) {
        text.append("; ");
      }
      text.append(document.name())
          .append(" sha256 ")
          .append(document.sha256Before())
          .append(" -> ")
          .append(document.sha256After());
    }
    return text.toString();
  }

  private static String channel(Participant participant) {
    return participant.authentication() == AuthenticationChannel.SMS ? "SMS" : "e-mail";
  }
}
