package org.paraph.workflows.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.paraph.identity.domain.User;
import org.paraph.identity.domain.UserRepository;
import org.paraph.messaging.application.Messages;
import org.paraph.messaging.domain.EmailMessage;
import org.paraph.messaging.domain.SmsMessage;
import org.paraph.shared.application.PortalConfig;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.ProblemText;
import org.paraph.shared.i18n.PortalTexts;
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
 * server only after the transaction that issued it commits. Each message is written in its reader's
 * language ({@link ReaderLocales}, {@link MessageTexts}).
 */
@ApplicationScoped
public class Invitations {

  @Inject WorkflowRepository workflows;
  @Inject Messages messages;
  @Inject UserRepository users;
  @Inject WorkflowAudit audit;
  @Inject PortalConfig config;
  @Inject Callbacks callbacks;
  @Inject Clock clock;
  @Inject ReaderLocales locales;

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
    send(
        participant,
        token,
        MessageTexts.invitation(textsFor(participant), participant, link(token)));
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
    send(
        participant, token, MessageTexts.reminder(textsFor(participant), participant, link(token)));
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
                        ProblemText.of(
                            "problem.invalid-workflow.not-waiting-for-link", participantId)));
    String token = participant.issueLink(random, clock.instant(), LinkRenewal.RESENT_BY_SENDER);
    send(participant, token, MessageTexts.newLink(textsFor(participant), participant, link(token)));
    audit.linkResent(sender, participant);
  }

  /** At the end: a link where the participant downloads the sealed documents. */
  void sendResult(Participant participant) {
    String token = participant.issueLink(random, clock.instant(), LinkRenewal.RESULT);
    send(participant, token, MessageTexts.result(textsFor(participant), participant, link(token)));
  }

  /**
   * Five wrong codes locked a participant's link: the sender is told by mail (when their account
   * has an address), since only they can send a new link. Without an address the dashboard, the
   * audit log and the callback still say it.
   */
  void tellSenderOfLock(Participant participant) {
    Workflow workflow = participant.workflow();
    MessageTexts.Message message =
        MessageTexts.linkLocked(
            PortalTexts.of(locales.ofSender(workflow)), participant, dashboard());
    users
        .findByUsername(workflow.senderName())
        .flatMap(User::email)
        .filter(address -> !address.isBlank())
        .ifPresent(
            address -> messages.send(new EmailMessage(address, message.subject(), message.body())));
  }

  /** Sends a link; its token is named as the message's secret, kept only until it is sent. */
  private void send(Participant participant, String token, MessageTexts.Message message) {
    if (participant.authentication() == AuthenticationChannel.SMS && participant.mobile() != null) {
      messages.send(new SmsMessage(participant.mobile(), message.sms(), List.of(token)));
    }
    if (participant.email() != null && !participant.email().isBlank()) {
      messages.send(
          new EmailMessage(participant.email(), message.subject(), message.body(), List.of(token)));
    }
  }

  private PortalTexts textsFor(Participant participant) {
    return PortalTexts.of(locales.of(participant));
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
