package org.paraph.workflows.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.paraph.documents.domain.DocumentVersion;
import org.paraph.seals.domain.AnnotationStyle;
import org.paraph.seals.domain.DocumentSigner;
import org.paraph.seals.domain.Placement;
import org.paraph.seals.domain.SealFormat;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealLogo;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.SigningCredential;
import org.paraph.workflows.domain.Participant;
import org.paraph.workflows.domain.SignatureBox;
import org.paraph.workflows.domain.Workflow;
import org.paraph.workflows.domain.WorkflowDocument;

/**
 * Puts one participant's signature (or the seal a participant approves) on every document of a
 * workflow: one PAdES signature per box, or an invisible one on a document where the participant
 * has no box. Each is an incremental update of the document's current version, so earlier
 * signatures stay valid; the caller holds the workflow's lock, so parallel participants queue.
 */
@ApplicationScoped
public class ParticipantSignatures {

  @Inject WorkflowDocuments documents;
  @Inject DocumentSigner signer;
  @Inject Clock clock;

  /** What a document was and became. */
  public record Signed(String name, String sha256Before, String sha256After) {}

  /**
   * @param shownName the first line of the annotation: the typed signature, or the organisation
   * @param reason why, as the signature dictionary and the annotation say
   * @param drawing a drawn signature, shown at the left of the text; null for none
   */
  public List<Signed> sign(
      Workflow workflow,
      Participant participant,
      SigningCredential key,
      String shownName,
      String reason,
      boolean test,
      SealLevel level,
      SealLogo drawing) {
    Instant now = clock.instant();
    List<Signed> results = new ArrayList<>();
    for (WorkflowDocument document : workflow.documents()) {
      DocumentVersion current = documents.current(document.documentId());
      byte[] pdf = current.content();
      SealOptions options =
          new SealOptions(
              level,
              null,
              null,
              shownName,
              reason,
              null,
              participant.email(),
              test,
              now,
              new AnnotationStyle(
                  true, null, true, AnnotationStyle.DEFAULT_ZONE, true, false, drawing));
      List<SignatureBox> boxes = participant.boxesOn(document.position());
      if (boxes.isEmpty()) {
        pdf = signer.seal(SealFormat.PADES, pdf, key, options, List.of());
      }
      for (SignatureBox box : boxes) {
        Placement placement =
            new Placement(box.page(), box.x(), box.y(), box.width(), box.height());
        pdf = signer.seal(SealFormat.PADES, pdf, key, options.withPlacement(placement), List.of());
      }
      DocumentVersion next = documents.append(current, pdf, participant.fullName(), now);
      results.add(
          new Signed(documents.name(document.documentId()), current.sha256(), next.sha256()));
    }
    return results;
  }
}
