package org.paraph.seals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.paraph.audit.application.AuditFlag;
import org.paraph.audit.application.AuditLog;
import org.paraph.audit.application.CodedDetails;
import org.paraph.audit.domain.AuditAction;
import org.paraph.audit.domain.AuditDetailCodes;
import org.paraph.documents.domain.Document;
import org.paraph.documents.domain.DocumentRepository;
import org.paraph.documents.domain.DocumentTooLargeException;
import org.paraph.documents.domain.DocumentVersion;
import org.paraph.seals.domain.InvalidBatchException;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealBatch;
import org.paraph.seals.domain.SealBatchNotFoundException;
import org.paraph.seals.domain.SealBatchRepository;
import org.paraph.seals.domain.SealJob;
import org.paraph.seals.domain.SealJobOptions;
import org.paraph.seals.domain.SealJobRepository;
import org.paraph.shared.application.PortalConfig;
import org.paraph.shared.domain.Actor;

/**
 * Batch sealing: many documents handed in at once, each sealed by its own job of the persistent
 * queue, so that one failing document does not stop the others and nothing is lost when a server
 * stops. A batch is checked as a whole before anything is stored (how many documents, how large,
 * which seal, which options); each document's content is checked by its own job.
 */
@ApplicationScoped
public class SealBatchService {

  @Inject SealingService sealing;
  @Inject SealJobQueue queue;
  @Inject SealBatchRepository batches;
  @Inject SealJobRepository jobs;
  @Inject DocumentRepository documents;
  @Inject AuditLog auditLog;
  @Inject PortalConfig config;
  @Inject SealJobSettings settings;
  @Inject Event<SealJobsEnqueued> enqueued;
  @Inject Clock clock;

  /**
   * Queues the documents to be sealed with the same seal and options.
   *
   * @param sealReference a seal's name or id; null for the organisation seal
   */
  @Transactional
  public SealBatch submit(
      Actor actor, List<SealBatchDocument> files, String sealReference, SealJobOptions options) {
    requireAcceptable(files);
    SealingService.requireApplicable(
        new SealCommand(
            "",
            new byte[0],
            sealReference,
            options.format(),
            options.level(),
            options.placement(),
            options.reason(),
            options.location()));
    Seal seal = sealing.sealFor(actor, sealReference);

    Instant now = clock.instant();
    SealBatch batch = new SealBatch(actor, files.size(), now);
    batches.add(batch);
    int position = 0;
    for (SealBatchDocument file : files) {
      position++;
      Document document = new Document(fileName(file.fileName(), position), actor.name(), now);
      documents.add(document);
      DocumentVersion input =
          new DocumentVersion(document.id(), 1, file.content(), actor.name(), now);
      documents.add(input);
      queue.enqueue(actor, batch.id(), position, input, seal, options);
    }
    auditLog.record(
        actor,
        AuditAction.SEAL_BATCH_SUBMITTED,
        "batch " + batch.id(),
        CodedDetails.of(
                AuditDetailCodes.BATCH_SUBMITTED,
                String.valueOf(files.size()),
                seal.name(),
                AuditFlag.of(seal.test()),
                options.format().displayName(),
                options.level().label())
            .stored());
    return batch;
  }

  /**
   * The batch and its documents, for its owner or an administrator.
   *
   * @throws SealBatchNotFoundException when there is no such batch, or it is someone else's
   */
  @Transactional
  public SealBatchProgress progress(String id, String viewer, boolean administrator) {
    SealBatch batch = visibleBatch(id, viewer, administrator);
    List<SealJobView> views =
        jobs.ofBatch(batch.id()).stream()
            .map(
                job ->
                    SealJobView.of(
                        job,
                        documents
                            .find(job.documentId())
                            .map(Document::name)
                            .orElse("document.pdf")))
            .toList();
    return new SealBatchProgress(batch, views);
  }

  /**
   * Sends the batch's failed documents again, as new attempts.
   *
   * @return how many were sent again
   * @throws InvalidBatchException {@code nothing-to-retry} when none had failed
   */
  @Transactional
  public int resendFailed(Actor actor, String id, boolean administrator) {
    SealBatch batch = visibleBatch(id, actor.name(), administrator);
    Instant now = clock.instant();
    int resent = 0;
    for (SealJob job : jobs.ofBatch(batch.id())) {
      if (job.resend(now)) {
        resent++;
      }
    }
    if (resent == 0) {
      throw InvalidBatchException.nothingToResend();
    }
    auditLog.record(
        actor,
        AuditAction.SEAL_BATCH_RESENT,
        "batch " + batch.id(),
        CodedDetails.of(AuditDetailCodes.BATCH_RESENT, String.valueOf(resent)).stored());
    enqueued.fire(new SealJobsEnqueued(resent));
    return resent;
  }

  /**
   * The names of the seals this user's batches may use, the organisation seal first; their own
   * personal certificates, nobody else's.
   */
  public List<String> sealNames(String username) {
    return sealing.sealNamesFor(username);
  }

  private SealBatch visibleBatch(String id, String viewer, boolean administrator) {
    return parse(id)
        .flatMap(batches::find)
        .filter(b -> b.visibleTo(viewer, administrator))
        .orElseThrow(() -> new SealBatchNotFoundException(id));
  }

  private void requireAcceptable(List<SealBatchDocument> files) {
    if (files == null || files.isEmpty()) {
      throw InvalidBatchException.empty();
    }
    if (files.size() > settings.batchMaxFiles()) {
      throw InvalidBatchException.tooManyFiles(settings.batchMaxFiles());
    }
    long total = 0;
    for (SealBatchDocument file : files) {
      if (file.content().length > config.maxUploadBytes()) {
        throw new DocumentTooLargeException(config.maxUploadMegabytes());
      }
      total += file.content().length;
    }
    if (total > settings.batchMaxBytes()) {
      throw InvalidBatchException.tooLarge(settings.batchMaxMegabytes());
    }
  }

  private static Optional<UUID> parse(String id) {
    try {
      return Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }

  /** Only the last path segment, as for a single seal; a nameless part gets a numbered name. */
  private static String fileName(String name, int position) {
    if (name == null || name.isBlank()) {
      return "document-" + position + ".pdf";
    }
    String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    if (last.isBlank()) {
      return "document-" + position + ".pdf";
    }
    // The column holds 300 characters; the end (the extension) says more than the middle.
    return last.length() <= 300 ? last : last.substring(last.length() - 300);
  }
}
