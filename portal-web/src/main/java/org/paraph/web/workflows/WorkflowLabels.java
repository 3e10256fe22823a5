package org.paraph.web.workflows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.paraph.web.i18n.Texts;
import org.paraph.workflows.domain.AuthenticationChannel;
import org.paraph.workflows.domain.ParticipantAction;
import org.paraph.workflows.domain.ParticipantState;
import org.paraph.workflows.domain.WorkflowState;

/**
 * What a participant does, how they get their code, and where a workflow and a participant stand,
 * in the reader's words ({@code #{workflowLabels.action(person.action)}}), on the wizard, the
 * workflows page and the participant's page.
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

  public String workflowState(WorkflowState state) {
    return texts.label("workflow.state.", state.name());
  }

  public String participantState(ParticipantState state) {
    return texts.label("participant.state.", state.name());
  }

  public String channel(AuthenticationChannel channel) {
    return switch (channel) {
      case EMAIL -> texts.text("participant.channel.email");
      case SMS -> texts.text("participant.channel.sms");
    };
  }
}
