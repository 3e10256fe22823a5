package org.paraph.seals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.paraph.seals.domain.SealJob;
import org.paraph.seals.domain.SealJobRepository;
import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;

/**
 * The steps of working one queued job, each in its own transaction: claim it, seal it (the seal and
 * the job's DONE commit together, or neither does), or record why it failed. A document that fails
 * therefore fails alone, and its reason is kept.
 */
@ApplicationScoped
public class SealJobRunner {

  @Inject SealJobRepository jobs;
  @Inject SealingService sealing;
  @Inject SealJobSettings settings;
  @Inject Event<SealJobFinished> finished;
  @Inject Clock clock;

  @Transactional(TxType.REQUIRES_NEW)
  public List<UUID> due(int maxResults) {
    return jobs.due(clock.instant(), maxResults);
  }

  /**
   * Claims the job for this node if it is still due.
   *
   * @return the claim's token, or empty when another node was faster or the job is no longer due
   */
  @Transactional(TxType.REQUIRES_NEW)
  public Optional<UUID> claim(UUID jobId, String node) {
    Instant now = clock.instant();
    UUID token = UUID.randomUUID();
    return jobs.claim(jobId, node, token, now, now.plus(settings.lease()))
        ? Optional.of(token)
        : Optional.empty();
  }

  /**
   * Seals the claimed job's document. Throws what sealing throws, after the transaction rolled
   * back; the caller then records the failure with {@link #recordFailure}.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void seal(UUID jobId, UUID token) {
    Optional<SealJob> held = jobs.find(jobId).filter(j -> j.heldBy(token));
    if (held.isEmpty()) {
      return; // taken over by another node after the lease ran out: its result counts
    }
    SealJob job = held.get();
    Instant now = clock.instant();
    if (job.attempts() > settings.maxAttempts()) {
      // Each attempt ended with the node stopping (a crash while sealing this very document?).
      job.failed(
          "sealing-abandoned",
          "The document could not be sealed: "
              + (job.attempts() - 1)
              + " attempts were interrupted by a server stopping.",
          now);
      finished.fire(SealJobFinished.of(job));
      return;
    }
    SealOutcome outcome =
        sealing.sealStoredVersion(
            job.actor(), job.inputVersionId(), job.sealId().toString(), job.options());
    job.done(outcome.record().id(), clock.instant());
    finished.fire(SealJobFinished.of(job));
  }

  /**
   * Records why the claimed job was not sealed. A failure that may pass (a service the portal
   * depends on was unavailable, or an unexpected error) is tried again later, up to the configured
   * number of attempts; any other (not a PDF, keyword not found...) fails the job at once, with the
   * message the user would have got for a single seal.
   *
   * @param incident for an unexpected failure, the incident id under which it was logged
   */
  @Transactional(TxType.REQUIRES_NEW)
  public void recordFailure(UUID jobId, UUID token, Throwable failure, String incident) {
    Optional<SealJob> held = jobs.find(jobId).filter(j -> j.heldBy(token));
    if (held.isEmpty()) {
      return;
    }
    SealJob job = held.get();
    Instant now = clock.instant();
    String type;
    String detail;
    boolean mayPass;
    if (failure instanceof PortalException portal) {
      type = portal.problemType();
      detail = portal.getMessage();
      mayPass = portal.kind() == FailureKind.UNAVAILABLE;
    } else {
      type = "internal-error";
      detail = "The portal failed unexpectedly while sealing; incident " + incident;
      mayPass = true;
    }
    if (mayPass && job.attempts() < settings.maxAttempts()) {
      job.retryLater(type, detail, now.plus(settings.retryDelay(job.attempts())), now);
      return;
    }
    job.failed(
        type, mayPass ? detail + " (gave up after " + job.attempts() + " attempts)" : detail, now);
    finished.fire(SealJobFinished.of(job));
  }

  /**
   * Puts the jobs this node held back in the queue: called when the node starts (whatever its
   * earlier life held was interrupted) and when it stops.
   */
  @Transactional(TxType.REQUIRES_NEW)
  public int release(String node) {
    return jobs.release(node, clock.instant());
  }
}
