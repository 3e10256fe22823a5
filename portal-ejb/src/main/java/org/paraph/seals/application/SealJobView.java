package org.paraph.seals.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.paraph.seals.domain.SealJob;
import org.paraph.seals.domain.SealJobState;

/**
 * One document of a batch as its owner sees it.
 *
 * @param position its place in the batch, from 1
 * @param documentName the file name given
 * @param state where it stands
 * @param attempts how many times a node took it up
 * @param errorType the problem type of the (last) failure, if any
 * @param errorDetail its reason
 * @param sealRecordId the seal record, once DONE
 * @param finishedAt when it became DONE or FAILED
 */
public record SealJobView(
    UUID jobId,
    int position,
    String documentName,
    SealJobState state,
    int attempts,
    Optional<String> errorType,
    Optional<String> errorDetail,
    Optional<UUID> sealRecordId,
    Optional<Instant> finishedAt) {

  static SealJobView of(SealJob job, String documentName) {
    return new SealJobView(
        job.id(),
        job.position(),
        documentName,
        job.state(),
        job.attempts(),
        job.errorType(),
        job.errorDetail(),
        job.sealRecordId(),
        job.finishedAt());
  }
}
