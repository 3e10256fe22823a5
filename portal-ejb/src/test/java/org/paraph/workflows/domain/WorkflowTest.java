package org.paraph.workflows.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorkflowTest {

  private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

  @Test
  void participantsAreGroupedByOrderLowestFirstWhateverTheOrderTheyWereGivenIn() {
    Workflow workflow = workflow();
    Participant third = workflow.addParticipant(signer("C", 3));
    Participant firstA = workflow.addParticipant(signer("A", 1));
    Participant firstB = workflow.addParticipant(signer("B", 1));

    assertEquals(
        List.of(
            List.of(firstA.id().toString(), firstB.id().toString()),
            List.of(third.id().toString())),
        workflow.participantGroups());
  }

  @Test
  void aBoxOnADocumentTheWorkflowDoesNotHaveIsRefused() {
    Workflow workflow = workflow();
    workflow.addDocument(UUID.randomUUID(), "00");
    ParticipantDetails misplaced =
        new ParticipantDetails(
            "A",
            "B",
            "a@example.org",
            null,
            null,
            1,
            ParticipantAction.SIGN,
            AuthenticationChannel.EMAIL,
            null,
            List.of(new SignatureBox(1, 1, 10, 10, 100, 50, null)));
    WorkflowException refused =
        assertThrows(WorkflowException.class, () -> workflow.addParticipant(misplaced));
    assertEquals("invalid-workflow", refused.problemType());
  }

  @Test
  void anEndedWorkflowCannotEndAgain() {
    Workflow workflow = workflow();
    workflow.end(WorkflowState.CANCELLED, "by sender", NOW);
    WorkflowException again =
        assertThrows(
            WorkflowException.class, () -> workflow.end(WorkflowState.EXPIRED, "late", NOW));
    assertEquals("workflow-not-open", again.problemType());
    assertEquals(WorkflowState.CANCELLED, workflow.state());
  }

  private static Workflow workflow() {
    return new Workflow(
        new WorkflowSettings(
            "Lease",
            NOW.plus(Duration.ofDays(1)),
            Duration.ofDays(2),
            null,
            Set.of(SignatureMode.TYPED, SignatureMode.DRAWN),
            Set.of(EditableField.NAME),
            null),
        "sender",
        NOW);
  }

  private static ParticipantDetails signer(String name, int order) {
    return new ParticipantDetails(
        name,
        "Surname",
        name.toLowerCase() + "@example.org",
        null,
        null,
        order,
        ParticipantAction.SIGN,
        AuthenticationChannel.EMAIL,
        null,
        List.of());
  }
}
