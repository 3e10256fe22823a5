package org.paraph.workflows.application;

import org.paraph.shared.i18n.PortalTexts;
import org.paraph.workflows.domain.Participant;
import org.paraph.workflows.domain.Workflow;

/**
 * The words of the portal's messages about a workflow, in their reader's language: to a participant
 * (their link, a reminder, a new link, the result, a one-time password) and to the sender (a locked
 * link). Kept apart from sending them, so that each is checked in every language.
 */
final class MessageTexts {

  /**
   * @param subject the e-mail's subject
   * @param body the e-mail's body
   * @param sms the text message, for a participant who is identified by SMS
   */
  record Message(String subject, String body, String sms) {}

  private MessageTexts() {}

  static Message invitation(PortalTexts texts, Participant participant, String link) {
    Workflow workflow = participant.workflow();
    String message =
        participant.message() == null || participant.message().isBlank()
            ? ""
            : texts.text("mail.invitation.message", participant.message());
    return new Message(
        texts.text("mail.invitation.subject", workflow.senderName(), workflow.name()),
        texts.text(
            "mail.invitation.body",
            hello(texts, participant),
            workflow.senderName(),
            workflow.name(),
            message,
            link,
            workflow.expiresAt()),
        texts.text("mail.invitation.sms", workflow.senderName(), workflow.name(), link));
  }

  static Message reminder(PortalTexts texts, Participant participant, String link) {
    Workflow workflow = participant.workflow();
    return new Message(
        texts.text("mail.reminder.subject", workflow.senderName()),
        texts.text(
            "mail.reminder.body",
            hello(texts, participant),
            workflow.name(),
            link,
            workflow.expiresAt()),
        texts.text("mail.reminder.sms", workflow.name(), link));
  }

  static Message newLink(PortalTexts texts, Participant participant, String link) {
    Workflow workflow = participant.workflow();
    return new Message(
        texts.text("mail.resent.subject", workflow.senderName(), workflow.name()),
        texts.text(
            "mail.resent.body",
            hello(texts, participant),
            workflow.senderName(),
            workflow.name(),
            link),
        texts.text("mail.resent.sms", workflow.name(), link));
  }

  static Message result(PortalTexts texts, Participant participant, String link) {
    Workflow workflow = participant.workflow();
    return new Message(
        texts.text("mail.result.subject", workflow.name()),
        texts.text("mail.result.body", hello(texts, participant), workflow.name(), link),
        texts.text("mail.result.sms", workflow.name(), link));
  }

  /** The code by e-mail, or by text message (the sentence of the mail that says it). */
  static Message oneTimePassword(PortalTexts texts, Participant participant, String code) {
    Workflow workflow = participant.workflow();
    String sentence = texts.text("mail.otp.text", code, workflow.name());
    return new Message(
        texts.text("mail.otp.subject", workflow.name()),
        texts.text("mail.otp.body", hello(texts, participant), sentence),
        sentence);
  }

  /** To the sender, by e-mail only; {@code dashboard} is where they send a new link. */
  static Message linkLocked(PortalTexts texts, Participant participant, String dashboard) {
    Workflow workflow = participant.workflow();
    return new Message(
        texts.text("mail.locked.subject", workflow.name()),
        texts.text("mail.locked.body", participant.fullName(), workflow.name(), dashboard),
        null);
  }

  /** The greeting every mail to a participant starts with, with its blank line. */
  private static String hello(PortalTexts texts, Participant participant) {
    return texts.text("mail.hello", participant.fullName());
  }
}
