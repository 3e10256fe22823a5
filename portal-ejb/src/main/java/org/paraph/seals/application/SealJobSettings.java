package org.paraph.seals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How this node works the seal job queue, and how large a batch may be. README.md lists the
 * variables.
 */
@ApplicationScoped
public class SealJobSettings {

  /** How many jobs this node seals at once; 0: it only queues jobs, other nodes seal them. */
  @Inject
  @ConfigProperty(name = "paraph.seal.workers")
  Optional<Integer> workers;

  /** How long a node holds a job it claimed; past that, another node may take it. */
  @Inject
  @ConfigProperty(name = "paraph.seal.job.lease.seconds", defaultValue = "300")
  int leaseSeconds;

  @Inject
  @ConfigProperty(name = "paraph.seal.job.max.attempts", defaultValue = "5")
  int maxAttempts;

  /** How often a node looks for jobs it was not told about: retries, other nodes' jobs. */
  @Inject
  @ConfigProperty(name = "paraph.seal.job.poll.seconds", defaultValue = "2")
  int pollSeconds;

  @Inject
  @ConfigProperty(name = "paraph.batch.max.files", defaultValue = "50")
  int batchMaxFiles;

  @Inject
  @ConfigProperty(name = "paraph.batch.max.mb", defaultValue = "50")
  int batchMaxMegabytes;

  /** Every core by default: sealing is CPU work (hashing, RSA), and jobs wait on nothing else. */
  public int workers() {
    return Math.max(0, workers.orElse(Runtime.getRuntime().availableProcessors()));
  }

  public Duration lease() {
    return Duration.ofSeconds(Math.max(10, leaseSeconds));
  }

  public int maxAttempts() {
    return Math.max(1, maxAttempts);
  }

  public Duration pollInterval() {
    return Duration.ofSeconds(Math.max(1, pollSeconds));
  }

  /**
   * How long a job that failed for a reason that may pass (a timestamp authority or HSM down) waits
   * before its next attempt: 10 s, then twice as long each time, at most 10 minutes.
   */
  public Duration retryDelay(int attemptsSoFar) {
    long seconds = 10L << Math.min(6, Math.max(0, attemptsSoFar - 1));
    return Duration.ofSeconds(Math.min(600, seconds));
  }

  public int batchMaxFiles() {
    return Math.max(1, batchMaxFiles);
  }

  public int batchMaxMegabytes() {
    return Math.max(1, batchMaxMegabytes);
  }

  public long batchMaxBytes() {
    return batchMaxMegabytes() * 1024L * 1024L;
  }

  /**
   * This node's name in job leases: WildFly's node name (unique within a cluster), else the host
   * name. A node that starts releases the jobs its earlier life held.
   */
  public String nodeName() {
    String node = System.getProperty("jboss.node.name");
    if (node != null && !node.isBlank()) {
      return node;
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "node-" + UUID.randomUUID();
    }
  }
}
