package org.paraph.workflows.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.paraph.identity.domain.User;
import org.paraph.identity.domain.UserRepository;
import org.paraph.messaging.application.Messages;
import org.paraph.messaging.domain.EmailMessage;
import org.paraph.messaging.domain.SmsMessage;
import org.paraph.shared.application.PortalConfig;
import org.paraph.shared.domain.Actor;
import org.paraph.workflows.domain.AuthenticationChannel;
import org.paraph.workflows.domain.LinkRenewal;
import org.paraph.workflows.domain.Participant;
import org.paraph.workflows.domain.ParticipantState;
import org.paraph.workflows.domain.Workflow;
import org.paraph.workflows.domain.WorkflowException;
import org.paraph.workflows.domain.WorkflowRepository;

/**
 * Sends participants their link: when their turn comes, as a reminder, when the sender resends it,
 * and at the end to download the result. Every sending issues a new link and makes the previous one
 * useless; the previous one then answers that it was replaced, and when. The link goes to the
 * participant only: it is in no answer to the sender and in no audit event, and it reaches the mail
 * server only after the transaction that issued it commits.
 */
@ApplicationScoped
public class Invitations {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @Inject WorkflowRepository workflows;
  @Inject Messages messages;
  @Inject UserRepository users;
  @Inject WorkflowAudit audit;
  @Inject PortalConfig config;
  @Inject Callbacks callbacks;
  @Inject Clock clock;

  private final SecureRandom random = new SecureRandom();

  @Transactional
  public void invite(UUID participantId) {
    Participant participant = participant(participantId);
    Workflow workflow = participant.workflow();
    if (!participant.action().throughLink()) {
      participant.invite(clock.instant());
      audit.sealTaskWaiting(participant);
      callbacks.stateChanged(workflow, participant, "participant.invited");
      return;
    }
    String token = participant.issueLink(random, clock.instant(), LinkRenewal.INVITATION);
    String link = link(token);
    send(
        participant,
        token,
        workflow.senderName() + " asks you to sign: " + workflow.name(),
        "Hello "
            + participant.fullName()
            + ",\n\n"
            + workflow.senderName()
            + " asks you to sign \""
            + workflow.name()
            + "\".\n"
            + (participant.message() == null || participant.message().isBlank()
                ? ""
                : "\nMessage: " + participant.message() + "\n")
            + "\nOpen this link to read and sign the documents:\n"
            + link
            + "\n\n"
            + "The link is personal: do not forward it. It works until "
            + DATE.format(workflow.expiresAt())
            + ".\n",
        "Paraph: "
            + workflow.senderName()
            + " asks you to sign \""
            + workflow.name()
            + "\": "
            + link);
    audit.invited(participant);
    callbacks.stateChanged(workflow, participant, "participant.invited");
  }

  @Transactional
  public void remind(UUID participantId) {
    Participant participant = participant(participantId);
    Workflow workflow = participant.workflow();
    if (!participant.action().throughLink()
        || participant.state() != ParticipantState.INVITED
        || !workflow.state().open()) {
      return;
    }
    String token = participant.issueLink(random, clock.instant(), LinkRenewal.REMINDER);
    String link = link(token);
    send(
        participant,
        token,
        "Reminder: " + workflow.senderName() + " is waiting for your signature",
        "Hello "
            + participant.fullName()
            + ",\n\n"
            + "\""
            + workflow.name()
            + "\" is still waiting for your signature.\n\n"
            + "Open this link to read and sign the documents (earlier links no longer work):\n"
            + link
            + "\n\nThe link works until "
            + DATE.format(workflow.expiresAt())
            + ".\n",
        "Paraph reminder: \"" + workflow.name() + "\" waits for your signature: " + link);
    audit.reminded(participant);
  }

  /** The sender sends a new link, for example after the participant locked the old one. */
  @Transactional
  public void resend(Actor sender, UUID workflowId, UUID participantId) {
    Workflow workflow =
        workflows
            .find(workflowId)
            .filter(w -> w.senderName().equals(sender.name()))
            .orElseThrow(() -> WorkflowException.notFound(workflowId.toString()));
    if (!workflow.state().open()) {
      throw WorkflowException.notOpen(workflow.state());
    }
    Participant participant =
        workflow
            .participant(participantId)
            .filter(p -> p.action().throughLink())
            .filter(
                p -> p.state() == ParticipantState.INVITED || p.state() == ParticipantState.LOCKED)
            .orElseThrow(
                () ->
                    WorkflowException.invalid(
                        "Participant " + participantId + " is not waiting for a link."));
    String token = participant.issueLink(random, clock.instant(), LinkRenewal.RESENT_BY_SENDER);
    String link = link(token);
    send(
        participant,
        token,
        workflow.senderName() + " sent you a new link to sign: " + workflow.name(),
        "Hello "
            + participant.fullName()
            + ",\n\n"
            + workflow.senderName()
            + " sent you a new link for \""
            + workflow.name()
            + "\" (earlier links no longer work):\n"
            + link
            + "\n",
        "Paraph: new link for \"" + workflow.name() + "\": " + link);
    audit.linkResent(sender, participant);
  }

  /** At the end: a link where the participant downloads the sealed documents. */
  void sendResult(Participant participant) {
    Workflow workflow = participant.workflow();
    String token = participant.issueLink(random, clock.instant(), LinkRenewal.RESULT);
    String link = link(token);
    send(
        participant,
        token,
        "Completed: " + workflow.name(),
        "Hello "
            + participant.fullName()
            + ",\n\n"
            + "Everyone has signed \""
            + workflow.name()
            + "\". The documents are sealed.\n"
            + "Download them here:\n"
            + link
            + "\n",
        "Paraph: \"" + workflow.name() + "\" is completed. Download: " + link);
  }

  /**
   * Five wrong codes locked a participant's link: the sender is told by mail (when their account
   * has an address), since only they can send a new link. Without an address the dashboard, the
   * audit log and the callback still say it.
   */
  void tellSenderOfLock(Participant participant) {
    Workflow workflow = participant.workflow();
    users
        .findByUsername(workflow.senderName())
        .flatMap(User::email)
        .filter(address -> !address.isBlank())
        .ifPresent(
            address ->
                messages.send(
                    new EmailMessage(
                        address,
                        "Link locked: " + workflow.name(),
                        "Hello,\n\n"
                            + participant.fullName()
                            + " typed a wrong one-time password five times for \""
                            + workflow.name()
                            + "\", so their link is locked.\n"
                            + "If they are who they say, send them a new link from your"
                            + " workflows page:\n"
                            + dashboard()
                            + "\n")));
  }

  /** Sends a link; its token is named as the message's secret, kept only until it is sent. */
  private void send(
      Participant participant, String token, String subject, String body, String sms) {
    if (participant.authentication() == AuthenticationChannel.SMS && participant.mobile() != null) {
      messages.send(new SmsMessage(participant.mobile(), sms, List.of(token)));
    }
    if (participant.email() != null && !participant.email().isBlank()) {
      messages.send(new EmailMessage(participant.email(), subject, body, List.of(token)));
    }
  }

  private String link(String token) {
    return baseUrl() + "/sign/" + token;
  }

  private String dashboard() {
    return baseUrl() + "/app/workflows.xhtml";
  }

  private String baseUrl() {
    String base = config.baseUrl();
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  private Participant participant(UUID participantId) {
    return workflows
        .participant(participantId)
        .orElseThrow(() -> new IllegalStateException("No participant " + participantId));
  }
}
