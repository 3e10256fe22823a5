package org.paraph.seals.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The persistent seal job queue, shared by every node through the database.
 *
 * <p>A job is due when it is PENDING and its retry time has come, or RUNNING with a lease that ran
 * out (the node that held it stopped). {@link #claim} takes a due job for one node atomically: of
 * several nodes claiming the same job, exactly one succeeds.
 */
public interface SealJobRepository {

  void add(SealJob job);

  Optional<SealJob> find(UUID id);

  /** Ids of due jobs, oldest first, at most {@code maxResults}. */
  List<UUID> due(Instant now, int maxResults);

  /**
   * Claims the job if it is still due: RUNNING, held by {@code node} with {@code token} until
   * {@code leaseUntil}, one more attempt counted.
   *
   * @return whether this call claimed it (false: another node did, or it is no longer due)
   */
  boolean claim(UUID id, String node, UUID token, Instant now, Instant leaseUntil);

  /**
   * Puts the RUNNING jobs held by {@code node} back to PENDING: that node is starting, or stopping,
   * so it is not working on them.
   *
   * @return how many were released
   */
  int release(String node, Instant now);

  /** The jobs of a batch, in the order the documents were given. */
  List<SealJob> ofBatch(UUID batchId);

  /** The queue's backlog at {@code now}: what is due, what runs, since when the oldest waits. */
  SealJobBacklog backlog(Instant now);
}
