package org.paraph.web.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.paraph.shared.i18n.PseudoLocale;
import org.paraph.web.i18n.FixedLocaleTexts;
import org.paraph.workflows.domain.AuthenticationChannel;
import org.paraph.workflows.domain.ParticipantAction;
import org.paraph.workflows.domain.ParticipantState;
import org.paraph.workflows.domain.WorkflowState;

/** In English the codes the senders always read (and the API takes); every one from the bundle. */
class WorkflowLabelsTest {

  @Test
  void inEnglishTheCodes() {
    WorkflowLabels labels = labels(Locale.ENGLISH);

    for (ParticipantAction action : ParticipantAction.values()) {
      assertEquals(action.name(), labels.action(action));
    }
    for (AuthenticationChannel channel : AuthenticationChannel.values()) {
      assertEquals(channel.name(), labels.channel(channel));
    }
    for (WorkflowState state : WorkflowState.values()) {
      assertEquals(state.name(), labels.workflowState(state));
    }
    for (ParticipantState state : ParticipantState.values()) {
      assertEquals(state.name(), labels.participantState(state));
    }
  }

  @Test
  void inThePseudoLocaleFromTheBundle() {
    WorkflowLabels labels = labels(PseudoLocale.LOCALE);

    assertEquals("[ŜÉÀĽ]", labels.action(ParticipantAction.SEAL));
    Arrays.stream(AuthenticationChannel.values())
        .forEach(channel -> assertTrue(labels.channel(channel).startsWith("[")));
    assertEquals("[ÎÑ_ÞŔÖĜŔÉŜŜ]", labels.workflowState(WorkflowState.IN_PROGRESS));
    assertEquals("[ĽÖÇĶÉĎ]", labels.participantState(ParticipantState.LOCKED));
  }

  private static WorkflowLabels labels(Locale locale) {
    WorkflowLabels labels = new WorkflowLabels();
    labels.texts = FixedLocaleTexts.in(locale);
    return labels;
  }
}
