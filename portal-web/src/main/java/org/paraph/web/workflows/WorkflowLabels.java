package org.paraph.web.workflows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.paraph.web.i18n.Texts;
import org.paraph.workflows.domain.AuthenticationChannel;
import org.paraph.workflows.domain.ParticipantAction;

/**
 * What a participant does and how they get their code, in the reader's words ({@code
 * #{workflowLabels.action(person.action)}}), on the wizard and the workflows page.
 */
@Named
@ApplicationScoped
public class WorkflowLabels {

  @Inject Texts texts;

  public String action(ParticipantAction action) {
    return switch (action) {
      case SIGN -> texts.text("participant.action.sign");
      case QUALIFIED_SIGN -> texts.text("participant.action.qualified-sign");
      case SEAL -> texts.text("participant.action.seal");
    };
  }

  public String channel(AuthenticationChannel channel) {
    return switch (channel) {
      case EMAIL -> texts.text("participant.channel.email");
      case SMS -> texts.text("participant.channel.sms");
    };
  }
}
