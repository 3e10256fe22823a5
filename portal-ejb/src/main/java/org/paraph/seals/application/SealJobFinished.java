package org.paraph.seals.application;

import java.util.Optional;
import java.util.UUID;
import org.paraph.seals.domain.SealJob;
import org.paraph.seals.domain.SealJobState;

/**
 * A seal job is DONE or FAILED for good. Fired in the transaction that records it: observe it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to act only once the result is stored
 * (a workflow moving on once its document is sealed, say).
 *
 * @param jobId the job
 * @param batchId its batch, if it belongs to one
 * @param documentId the sealed (or not) document
 * @param state DONE or FAILED
 * @param sealRecordId the seal record, when DONE
 * @param errorType the problem type, when FAILED
 * @param errorDetail the reason, when FAILED
 */
public record SealJobFinished(
    UUID jobId,
    Optional<UUID> batchId,
    UUID documentId,
    SealJobState state,
    Optional<UUID> sealRecordId,
    Optional<String> errorType,
    Optional<String> errorDetail) {

  static SealJobFinished of(SealJob job) {
    return new SealJobFinished(
        job.id(),
        job.batchId(),
        job.documentId(),
        job.state(),
        job.sealRecordId(),
        job.errorType(),
        job.errorDetail());
  }
}
