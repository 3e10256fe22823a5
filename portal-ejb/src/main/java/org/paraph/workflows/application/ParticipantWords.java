package org.paraph.workflows.application;

import org.paraph.shared.i18n.PortalTexts;
import org.paraph.workflows.domain.AuthenticationChannel;
import org.paraph.workflows.domain.Participant;

/**
 * A participant's action, how they proved who they were and where they stand, in the reader's words
 * for what the portal writes about them (the audit trail), rather than the names of the code.
 */
final class ParticipantWords {

  private ParticipantWords() {}

  static String action(Participant participant, PortalTexts texts) {
    return switch (participant.action()) {
      case SIGN -> texts.text("workflow.action.sign");
      case QUALIFIED_SIGN -> texts.text("workflow.action.qualified-sign");
      case SEAL -> texts.text("workflow.action.seal");
    };
  }

  static String authentication(Participant participant, PortalTexts texts) {
    if (!participant.action().throughLink()) {
      return texts.text("workflow.authentication.portal");
    }
    String channel =
        participant.authentication() == AuthenticationChannel.SMS
            ? texts.text("workflow.channel.sms")
            : texts.text("workflow.channel.email");
    return texts.text("workflow.authentication.link", channel);
  }

  /** A seal participant who approved has sealed rather than signed. */
  static String state(Participant participant, PortalTexts texts) {
    return switch (participant.state()) {
      case WAITING -> texts.text("workflow.participant.waiting");
      case INVITED -> texts.text("workflow.participant.invited");
      case LOCKED -> texts.text("workflow.participant.locked");
      case SIGNED ->
          participant.action().throughLink()
              ? texts.text("workflow.participant.signed")
              : texts.text("workflow.participant.sealed");
      case DECLINED -> texts.text("workflow.participant.declined");
    };
  }
}
