package org.paraph.web.workflows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paraph.documents.domain.PageSize;
import org.paraph.workflows.domain.ParticipantAction;
import org.paraph.workflows.domain.ParticipantDetails;

/** The workflow the wizard composes: documents, participants and their boxes kept consistent. */
class WorkflowDraftTest {

  private final WorkflowDraft draft = new WorkflowDraft();

  private static DraftDocument document(String name) {
    return new DraftDocument(name, new byte[] {1}, List.of(new PageSize(595, 842)));
  }

  private static DraftParticipant participant(String firstName) {
    DraftParticipant participant = new DraftParticipant();
    participant.setFirstName(firstName);
    participant.setSurname("Doe");
    return participant;
  }

  @Test
  void givesEachParticipantTheNextColour() {
    for (int i = 0; i <= WorkflowDraft.COLOURS.size(); i++) {
      draft.addParticipant(participant("P" + i));
    }

    assertEquals(WorkflowDraft.COLOURS.get(0), draft.participants().get(0).getColour());
    assertEquals(WorkflowDraft.COLOURS.get(1), draft.participants().get(1).getColour());
    assertEquals(
        WorkflowDraft.COLOURS.get(0),
        draft.participants().get(WorkflowDraft.COLOURS.size()).getColour());
  }

  @Test
  void placesNewBoxesBelowThoseAlreadyOnThePage() {
    DraftParticipant ann = participant("Ann");
    draft.addDocument(document("a.pdf"));
    draft.addParticipant(ann);

    draft.addBox(ann, 0, 1);
    draft.addBox(ann, 0, 1);
    draft.addBox(ann, 0, 2);

    List<DraftBox> first = draft.boxesOn(0, 1);
    assertEquals(2, first.size());
    assertEquals("36.00", first.get(0).getY());
    assertEquals("116.00", first.get(1).getY());
    assertEquals("36.00", draft.boxesOn(0, 2).get(0).getY());
    assertEquals(3, draft.boxCount(ann));
  }

  @Test
  void removingADocumentTakesItsBoxesAndMovesTheLaterOnesDown() {
    DraftParticipant ann = participant("Ann");
    draft.addDocument(document("a.pdf"));
    draft.addDocument(document("b.pdf"));
    draft.addParticipant(ann);
    draft.addBox(ann, 0, 1);
    draft.addBox(ann, 1, 1);

    draft.removeDocument(0);
    draft.removeDocument(5);

    assertEquals(List.of("b.pdf"), draft.documents().stream().map(DraftDocument::name).toList());
    assertEquals(1, draft.boxesOn(0, 1).size());
    assertEquals(1, draft.boxCount(ann));
  }

  @Test
  void removingAParticipantTakesTheirBoxes() {
    DraftParticipant ann = participant("Ann");
    DraftParticipant bob = participant("Bob");
    draft.addDocument(document("a.pdf"));
    draft.addParticipant(ann);
    draft.addParticipant(bob);
    draft.addBox(ann, 0, 1);
    draft.addBox(bob, 0, 1);

    draft.removeParticipant(ann);

    assertEquals(List.of(bob), draft.participants());
    assertSame(bob, draft.boxesOn(0, 1).get(0).getPerson());
  }

  @Test
  void findsTheFirstTwoBoxesThatOverlap() {
    DraftParticipant ann = participant("Ann");
    DraftParticipant bob = participant("Bob");
    draft.addDocument(document("a.pdf"));
    draft.addParticipant(ann);
    draft.addParticipant(bob);
    draft.addBox(ann, 0, 1);
    draft.addBox(bob, 0, 1);
    assertTrue(draft.firstOverlap().isEmpty());

    BoxPositionCodec.apply("36,36,180,60;100,50,180,60", draft.boxesOn(0, 1));

    WorkflowDraft.Overlap overlap = draft.firstOverlap().orElseThrow();
    assertSame(ann, overlap.first().getPerson());
    assertSame(bob, overlap.second().getPerson());
  }

  @Test
  void handsTheServiceStrippedDetailsWithEachParticipantsBoxes() {
    DraftParticipant ann = participant("  Ann ");
    ann.setEmail(" ");
    ann.setPortalUser("ann");
    DraftParticipant sealer = participant("Seal");
    sealer.setAction(ParticipantAction.SEAL);
    sealer.setPortalUser(" sealer ");
    draft.addDocument(document("a.pdf"));
    draft.addParticipant(ann);
    draft.addParticipant(sealer);
    draft.addBox(ann, 0, 1);

    List<ParticipantDetails> details = draft.participantDetails();

    assertEquals("Ann", details.get(0).firstName());
    assertNull(details.get(0).email());
    assertNull(details.get(0).portalUser());
    assertEquals(1, details.get(0).boxes().size());
    assertEquals("sealer", details.get(1).portalUser());
    assertTrue(details.get(1).boxes().isEmpty());
    assertEquals("a.pdf", draft.newDocuments().get(0).name());
  }
}
