package org.paraph.seals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.paraph.documents.domain.DocumentVersion;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealJob;
import org.paraph.seals.domain.SealJobOptions;
import org.paraph.seals.domain.SealJobRepository;
import org.paraph.shared.domain.Actor;

/**
 * Puts "seal this stored version" jobs in the persistent queue. Batches use it; so can anything
 * else that seals without a person waiting (a workflow's end, a hot folder): the job joins the
 * caller's transaction, so it exists exactly when the caller's changes do, and {@link
 * SealJobFinished} tells when it is done.
 */
@ApplicationScoped
public class SealJobQueue {

  @Inject SealJobRepository jobs;
  @Inject Event<SealJobsEnqueued> enqueued;
  @Inject Clock clock;

  /**
   * @param batchId the batch the job belongs to, or null
   * @param position its place in the batch (from 1), or 0
   */
  @Transactional
  public SealJob enqueue(
      Actor actor,
      UUID batchId,
      int position,
      DocumentVersion input,
      Seal seal,
      SealJobOptions options) {
    SealJob job =
        new SealJob(
            batchId,
            position,
            input.documentId(),
            input.id(),
            seal,
            options,
            actor,
            clock.instant());
    jobs.add(job);
    enqueued.fire(new SealJobsEnqueued(1));
    return job;
  }
}
