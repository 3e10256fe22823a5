package org.paraph.web.workflows;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.paraph.workflows.application.NewWorkflow;
import org.paraph.workflows.domain.ParticipantAction;
import org.paraph.workflows.domain.ParticipantDetails;
import org.paraph.workflows.domain.SignatureBox;

/**
 * The workflow being composed in the "New workflow" wizard: its documents, its participants and
 * their boxes. Removing a document or a participant removes their boxes; the boxes of the documents
 * after a removed one follow it down.
 */
public class WorkflowDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One colour per participant, in the order they are added (then again from the start). */
  static final List<String> COLOURS =
      List.of("#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0891b2", "#ca8a04");

  /** Two boxes that cannot both be signed: the later signature would cover the earlier one. */
  record Overlap(DraftBox first, DraftBox second) {}

  private final List<DraftDocument> documents = new ArrayList<>();
  private final List<DraftParticipant> participants = new ArrayList<>();
  private final List<DraftBox> boxes = new ArrayList<>();

  List<DraftDocument> documents() {
    return documents;
  }

  List<DraftParticipant> participants() {
    return participants;
  }

  void addDocument(DraftDocument document) {
    documents.add(document);
  }

  /** Without the document at {@code index} and its boxes; nothing if there is none. */
  void removeDocument(int index) {
    if (index < 0 || index >= documents.size()) {
      return;
    }
    documents.remove(index);
    boxes.removeIf(b -> b.document == index);
    boxes.replaceAll(
        b ->
            b.document > index
                ? new DraftBox(b.person, b.document - 1, b.page, b.x, b.y, b.width, b.height)
                : b);
  }

  /** Adds the participant with the next colour. */
  void addParticipant(DraftParticipant participant) {
    participant.colour = COLOURS.get(participants.size() % COLOURS.size());
    participants.add(participant);
  }

  void removeParticipant(DraftParticipant participant) {
    participants.remove(participant);
    boxes.removeIf(b -> b.person == participant);
  }

  /**
   * A new box for {@code participant} on that page, near the top-left corner, below the boxes
   * already there.
   */
  void addBox(DraftParticipant participant, int document, int page) {
    int onPage = boxesOn(document, page).size();
    boxes.add(new DraftBox(participant, document, page, 36, 36 + 80 * (onPage % 8), 180, 60));
  }

  void removeBox(DraftBox box) {
    boxes.remove(box);
  }

  /** The boxes of that page, in the order they were added. */
  List<DraftBox> boxesOn(int document, int page) {
    return boxes.stream().filter(b -> b.document == document && b.page == page).toList();
  }

  long boxCount(DraftParticipant participant) {
    return boxes.stream().filter(b -> b.person == participant).count();
  }

  /** The first two boxes that overlap, if any. */
  Optional<Overlap> firstOverlap() {
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        DraftBox a = boxes.get(i);
        DraftBox b = boxes.get(j);
        if (a.signatureBox().overlaps(b.signatureBox())) {
          return Optional.of(new Overlap(a, b));
        }
      }
    }
    return Optional.empty();
  }

  /** The documents as the workflow service takes them. */
  List<NewWorkflow.NewDocument> newDocuments() {
    return documents.stream()
        .map(d -> new NewWorkflow.NewDocument(d.name(), d.content(), null))
        .toList();
  }

  /** The participants as the workflow service takes them, each with their boxes. */
  List<ParticipantDetails> participantDetails() {
    return participants.stream().map(this::detailsOf).toList();
  }

  private ParticipantDetails detailsOf(DraftParticipant person) {
    List<SignatureBox> own =
        boxes.stream().filter(b -> b.person == person).map(DraftBox::signatureBox).toList();
    boolean seal = person.action == ParticipantAction.SEAL;
    return new ParticipantDetails(
        blankToNull(person.firstName),
        blankToNull(person.surname),
        blankToNull(person.email),
        blankToNull(person.mobile),
        blankToNull(person.message),
        person.order,
        person.action,
        person.authentication,
        seal ? blankToNull(person.portalUser) : null,
        own);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
