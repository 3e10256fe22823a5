package org.paraph.workflows.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.paraph.audit.application.AuditFlag;
import org.paraph.audit.application.AuditLog;
import org.paraph.audit.application.CodedDetails;
import org.paraph.audit.domain.AuditAction;
import org.paraph.audit.domain.AuditDetailCodes;
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
 * details are recorded as a code and its parameters ({@link AuditDetailCodes}, {@link
 * CodedDetails}), so that each reader sees them in their own language; in English they read as the
 * sentences events had before, and those earlier events, in the hash chain, keep their sentences.
 * Details of nothing (a workflow cancelled or expired) stay empty.
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
        coded(
            AuditDetailCodes.WORKFLOW_CREATED,
            workflow.name(),
            workflow.documents().size(),
            workflow.participants().size(),
            workflow.expiresAt()));
  }

  void sent(Actor sender, Workflow workflow) {
    record(sender, AuditAction.WORKFLOW_SENT, workflow, coded(AuditDetailCodes.WORKFLOW_SENT));
  }

  void cancelled(Actor caller, Workflow workflow) {
    record(caller, AuditAction.WORKFLOW_CANCELLED, workflow, "");
  }

  void finalisationRetried(Actor caller, Workflow workflow, int jobs) {
    record(
        caller,
        AuditAction.WORKFLOW_FINALISATION_RETRIED,
        workflow,
        coded(AuditDetailCodes.WORKFLOW_FINALISATION_RETRIED, jobs, workflow.finalisationError()));
  }

  void linkResent(Actor sender, Participant participant) {
    record(
        sender,
        AuditAction.PARTICIPANT_INVITED,
        participant.workflow(),
        coded(AuditDetailCodes.PARTICIPANT_LINK_RESENT, participant, bySms(participant)));
  }

  // The process's steps.

  void sealTaskWaiting(Participant participant) {
    record(
        Actor.SYSTEM,
        AuditAction.PARTICIPANT_INVITED,
        participant.workflow(),
        coded(AuditDetailCodes.PARTICIPANT_SEAL_WAITING, participant, participant.portalUser()));
  }

  void invited(Participant participant) {
    record(
        Actor.SYSTEM,
        AuditAction.PARTICIPANT_INVITED,
        participant.workflow(),
        coded(AuditDetailCodes.PARTICIPANT_INVITED, participant, bySms(participant)));
  }

  void reminded(Participant participant) {
    record(
        Actor.SYSTEM,
        AuditAction.PARTICIPANT_REMINDED,
        participant.workflow(),
        coded(AuditDetailCodes.PARTICIPANT_REMINDED, participant, bySms(participant)));
  }

  void expired(Workflow workflow) {
    record(Actor.SYSTEM, AuditAction.WORKFLOW_EXPIRED, workflow, "");
  }

  /**
   * @param decliner the participant who declined, with their reason; empty when the process ended
   *     on a decline it cannot name (it names one today)
   */
  void declined(Workflow workflow, Optional<Participant> decliner) {
    record(
        Actor.SYSTEM,
        AuditAction.WORKFLOW_DECLINED,
        workflow,
        decliner
            .map(p -> coded(AuditDetailCodes.WORKFLOW_DECLINED, p.fullName(), p.declineReason()))
            .orElseGet(() -> coded(AuditDetailCodes.WORKFLOW_DECLINED_NO_REASON)));
  }

  void documentSealed(
      Workflow workflow, String name, Seal seal, String sha256Before, String sha256After) {
    record(
        Actor.SYSTEM,
        AuditAction.WORKFLOW_SEALED,
        workflow,
        coded(
            AuditDetailCodes.WORKFLOW_DOCUMENT_SEALED,
            name,
            seal.name(),
            AuditFlag.of(seal.test()),
            sha256Before,
            sha256After));
  }

  void completed(Workflow workflow) {
    record(
        Actor.SYSTEM,
        AuditAction.WORKFLOW_COMPLETED,
        workflow,
        coded(AuditDetailCodes.WORKFLOW_COMPLETED, workflow.documents().size()));
  }

  /**
   * @param reason the failure, already shortened to fit
   */
  void finalisationFailed(Workflow workflow, String reason) {
    record(
        Actor.SYSTEM,
        AuditAction.WORKFLOW_FINALISATION_FAILED,
        workflow,
        coded(AuditDetailCodes.WORKFLOW_FINALISATION_FAILED, reason));
  }

  void callbackDelivered(Workflow workflow, CallbackDelivery delivery, Integer status) {
    record(
        Actor.SYSTEM,
        AuditAction.CALLBACK_DELIVERED,
        workflow,
        coded(
            AuditDetailCodes.CALLBACK_DELIVERED,
            delivery.event(),
            delivery.id(),
            delivery.url(),
            status,
            delivery.attempts()));
  }

  void callbackGivenUp(Workflow workflow, CallbackDelivery delivery, String error) {
    record(
        Actor.SYSTEM,
        AuditAction.CALLBACK_FAILED,
        workflow,
        coded(
            AuditDetailCodes.CALLBACK_GIVEN_UP,
            delivery.event(),
            delivery.id(),
            delivery.url(),
            delivery.attempts(),
            error));
  }

  // The participant's actions through their link.

  void linkOpened(Participant participant, RequestOrigin origin) {
    record(
        participant,
        origin,
        AuditAction.LINK_OPENED,
        coded(AuditDetailCodes.LINK_OPENED, participant));
  }

  void otpSent(Participant participant, RequestOrigin origin) {
    record(
        participant,
        origin,
        AuditAction.OTP_SENT,
        coded(AuditDetailCodes.OTP_SENT, participant, bySms(participant)));
  }

  void otpVerified(Participant participant, RequestOrigin origin) {
    record(
        participant,
        origin,
        AuditAction.OTP_VERIFIED,
        coded(AuditDetailCodes.OTP_VERIFIED, participant));
  }

  void otpWrong(Participant participant, RequestOrigin origin) {
    record(
        participant,
        origin,
        AuditAction.OTP_FAILED,
        coded(AuditDetailCodes.OTP_WRONG, participant, participant.otpTriesLeft()));
  }

  void otpExpired(Participant participant, RequestOrigin origin) {
    record(
        participant,
        origin,
        AuditAction.OTP_FAILED,
        coded(AuditDetailCodes.OTP_EXPIRED, participant));
  }

  void linkLocked(Participant participant, RequestOrigin origin) {
    record(
        participant,
        origin,
        AuditAction.LINK_LOCKED,
        coded(AuditDetailCodes.LINK_LOCKED, participant));
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
        coded(
            AuditDetailCodes.PARTICIPANT_SIGNED,
            participant,
            certificate.getSerialNumber().toString(16),
            describe(signed)));
  }

  void declined(Participant participant, RequestOrigin origin) {
    record(
        participant,
        origin,
        AuditAction.PARTICIPANT_DECLINED,
        coded(AuditDetailCodes.PARTICIPANT_DECLINED, participant, participant.declineReason()));
  }

  void qualifiedStarted(Participant participant, RequestOrigin origin, URI trustService) {
    record(
        participant,
        origin,
        AuditAction.QUALIFIED_SIGN_STARTED,
        coded(AuditDetailCodes.QUALIFIED_STARTED, participant, trustService));
  }

  void qualifiedFailed(Participant participant, RequestOrigin origin, String why) {
    record(
        participant,
        origin,
        AuditAction.QUALIFIED_SIGN_FAILED,
        coded(AuditDetailCodes.QUALIFIED_FAILED, participant, why));
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
        coded(
            AuditDetailCodes.QUALIFIED_SIGNED,
            participant,
            certificate.getSubjectX500Principal().getName(),
            certificate.getIssuerX500Principal().getName(),
            certificate.getSerialNumber().toString(16),
            describe(signed)));
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
        coded(AuditDetailCodes.PARTICIPANT_SEAL_REFUSED, task, reason.strip()));
  }

  void sealApproved(
      Actor approver, Participant task, Seal seal, List<ParticipantSignatures.Signed> sealed) {
    record(
        approver,
        AuditAction.WORKFLOW_SEAL_APPROVED,
        task.workflow(),
        coded(
            AuditDetailCodes.PARTICIPANT_SEAL_APPROVED,
            task,
            seal.name(),
            AuditFlag.of(seal.test()),
            describe(sealed)));
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
    String name = addressed(participant);
    return new Actor(
        name.length() > 200 ? name.substring(0, 200) : name,
        ActorKind.PARTICIPANT,
        origin.clientIp(),
        origin.userAgent());
  }

  /** The participant's full name, with their e-mail address in angle brackets if they have one. */
  private static String addressed(Participant participant) {
    return participant.fullName()
        + (participant.email() == null ? "" : " <" + participant.email() + ">");
  }

  /** Details as a code and its parameters, each written as text ({@code null} as "null"). */
  private static String coded(String code, Object... parameters) {
    return CodedDetails.of(
            code, Arrays.stream(parameters).map(String::valueOf).toArray(String[]::new))
        .stored();
  }

  /**
   * Details about a participant: the five parameters that describe them ({@link AuditDetailCodes}:
   * id, name and e-mail, mobile flag, mobile, action), then {@code more}.
   */
  private static String coded(String code, Participant participant, Object... more) {
    List<Object> parameters = new ArrayList<>();
    parameters.add(participant.id());
    parameters.add(addressed(participant));
    parameters.add(AuditFlag.of(participant.mobile() != null));
    parameters.add(participant.mobile() == null ? "" : participant.mobile());
    parameters.add(participant.action());
    parameters.addAll(Arrays.asList(more));
    return coded(code, parameters.toArray());
  }

  /**
   * The documents signed or sealed, one parameter: their names and digests, which a translator has
   * no words to change in, and as many as there were, which a pattern cannot repeat.
   */
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

  /** The channel flag: "1" when the participant is reached by SMS, "0" by e-mail. */
  private static String bySms(Participant participant) {
    return AuditFlag.of(participant.authentication() == AuthenticationChannel.SMS);
  }
}
