package org.paraph.seals.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.paraph.shared.domain.PortalException;

/**
 * This node's workers on the seal job queue: up to {@link SealJobSettings#workers()} jobs sealed at
 * once on the server's managed executor (no JMS: the queue is the database). The node looks at the
 * queue when jobs are added here, when one of its jobs ends, and every few seconds (a
 * non-persistent EJB timer, which a suspended server skips quietly) for the rest (retries that came
 * due, jobs added on other nodes, jobs whose node stopped).
 *
 * <p>On start it puts back the jobs its earlier life was running when it stopped; on a graceful
 * stop it lets running jobs finish for a while, then puts back what it still holds. Jobs held by a
 * node that never comes back are claimed by the others once their lease runs out.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrations", "FirstStart"})
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SealJobWorkers {

  private static final Logger LOG = Logger.getLogger(SealJobWorkers.class.getName());

  @Resource TimerService timers;
  @Resource ManagedExecutorService executor;
  @Inject SealJobRunner runner;
  @Inject SealJobSettings settings;

  private final AtomicBoolean polling = new AtomicBoolean();
  private final AtomicBoolean wanted = new AtomicBoolean();
  private volatile boolean stopping;
  private volatile String node;
  private int workers;
  private Semaphore slots;
  private Timer poller;

  @PostConstruct
  void start() {
    workers = settings.workers();
    node = settings.nodeName();
    slots = new Semaphore(workers);
    if (workers == 0) {
      LOG.info("Seal jobs: this node queues jobs but seals none (PARAPH_SEAL_WORKERS=0)");
      return;
    }
    int released = runner.release(node);
    long interval = settings.pollInterval().toMillis();
    // A non-persistent timer: the server skips it while suspended, and each node polls on its own.
    poller = timers.createIntervalTimer(interval, interval, new TimerConfig("seal-jobs", false));
    wake();
    LOG.info(
        () ->
            "Seal jobs: node "
                + node
                + " seals up to "
                + workers
                + " at once"
                + (released > 0
                    ? "; " + released + " interrupted job(s) put back in the queue"
                    : ""));
  }

  @PreDestroy
  void stop() {
    stopping = true;
    if (poller == null) {
      return;
    }
    try {
      poller.cancel();
    } catch (RuntimeException e) {
      // already gone with the stopping container
    }
    try {
      // Jobs take milliseconds to seconds: let the running ones finish rather than redo them.
      if (slots.tryAcquire(workers, 30, TimeUnit.SECONDS)) {
        slots.release(workers);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      runner.release(node);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not put this node's running seal jobs back", e);
    }
  }

  @Timeout
  void onTimer(Timer timer) {
    poll();
  }

  /** Jobs were committed to the queue on this node: look now rather than at the next poll. */
  public void jobsEnqueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) SealJobsEnqueued e) {
    wake();
  }

  private void wake() {
    if (workers == 0 || stopping) {
      return;
    }
    try {
      executor.execute(this::poll);
    } catch (RejectedExecutionException e) {
      // the next scheduled poll will look
    }
  }

  /** One poll at a time; a wake-up during a poll makes it look once more before it ends. */
  private void poll() {
    wanted.set(true);
    while (wanted.get() && !stopping && polling.compareAndSet(false, true)) {
      try {
        while (wanted.getAndSet(false) && !stopping) {
          fillFreeSlots();
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Seal jobs: looking at the queue failed; will look again", e);
      } finally {
        polling.set(false);
      }
    }
  }

  private void fillFreeSlots() {
    while (!stopping) {
      int free = slots.availablePermits();
      if (free == 0) {
        return; // a job ending wakes the poll again
      }
      List<UUID> due = runner.due(free);
      int started = 0;
      for (UUID id : due) {
        if (stopping || !slots.tryAcquire()) {
          return;
        }
        Optional<UUID> token = runner.claim(id, node);
        if (token.isPresent()) {
          start(id, token.get());
          started++;
        } else {
          slots.release();
        }
      }
      if (started == 0) {
        return;
      }
    }
  }

  private void start(UUID jobId, UUID token) {
    try {
      executor.execute(() -> work(jobId, token));
    } catch (RejectedExecutionException e) {
      // Still claimed: it comes back when this node restarts or its lease runs out.
      slots.release();
      LOG.warning(() -> "Seal jobs: the executor refused job " + jobId + "; it will be retried");
    }
  }

  private void work(UUID jobId, UUID token) {
    try {
      runner.seal(jobId, token);
    } catch (PortalException e) {
      recordFailure(jobId, token, e, null);
    } catch (RuntimeException e) {
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Seal job " + jobId + " failed unexpectedly, incident " + incident, e);
      recordFailure(jobId, token, e, incident);
    } finally {
      slots.release();
      wake();
    }
  }

  private void recordFailure(UUID jobId, UUID token, Throwable failure, String incident) {
    try {
      runner.recordFailure(jobId, token, failure, incident);
    } catch (RuntimeException e) {
      // Most likely taken over by another node meanwhile; else the lease brings it back.
      LOG.log(Level.WARNING, "Seal job " + jobId + ": could not record its failure", e);
    }
  }
}
