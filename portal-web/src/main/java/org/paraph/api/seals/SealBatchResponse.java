package org.paraph.api.seals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.paraph.api.error.Problems;
import org.paraph.seals.application.SealBatchProgress;
import org.paraph.seals.application.SealJobView;
import org.paraph.seals.domain.SealBatch;

/**
 * A batch's progress as the API shows it: counts, and per document its state with the reason of a
 * failure or the links to its seal record and sealed file.
 */
public record SealBatchResponse(
    String id,
    String createdBy,
    Instant createdAt,
    boolean complete,
    int total,
    long pending,
    long done,
    long failed,
    int percent,
    List<DocumentResponse> documents,
    Map<String, String> links) {

  /**
   * One document of the batch.
   *
   * @param state PENDING, RUNNING, DONE or FAILED
   * @param error for a failed document (or one waiting for a retry), why, as a problem: {@code
   *     type} and {@code detail}
   * @param links for a sealed document, its seal record and the sealed file
   */
  public record DocumentResponse(
      int position,
      String name,
      String state,
      int attempts,
      Map<String, String> error,
      Instant finishedAt,
      Map<String, String> links) {

    static DocumentResponse of(SealJobView job) {
      Map<String, String> error =
          job.errorType()
              .map(
                  type ->
                      Map.of(
                          "type", Problems.typeUri(type), "detail", job.errorDetail().orElse(type)))
              .orElse(null);
      Map<String, String> links =
          job.sealRecordId()
              .map(
                  id -> {
                    String seal = "/api/v1/seals/" + id;
                    return Map.of("seal", seal, "document", seal + "/document");
                  })
              .orElse(null);
      return new DocumentResponse(
          job.position(),
          job.documentName(),
          job.state().name(),
          job.attempts(),
          error,
          job.finishedAt().orElse(null),
          links);
    }
  }

  static SealBatchResponse of(SealBatchProgress progress) {
    SealBatch batch = progress.batch();
    String self = "/api/v1/seal-batches/" + batch.id();
    return new SealBatchResponse(
        batch.id().toString(),
        batch.ownerName(),
        batch.createdAt(),
        progress.complete(),
        progress.total(),
        progress.pending(),
        progress.done(),
        progress.failed(),
        progress.percent(),
        progress.documents().stream().map(DocumentResponse::of).toList(),
        Map.of("self", self, "retry", self + "/retry"));
  }
}
