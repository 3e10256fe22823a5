package org.paraph.verification.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.paraph.shared.domain.ConfigurationException;
import org.paraph.verification.domain.CertificateFileReader;
import org.paraph.verification.domain.TrustedListStatus.State;
import org.paraph.verification.domain.TrustedLists;

/**
 * The trust anchors the verifier uses besides the portal's own: the operator's extra anchors
 * ({@code PARAPH_TRUST_ANCHORS}), read at start, and the EU trusted lists, loaded in the background
 * at start (first from the file cache, then from the network) and again on a schedule. Start never
 * waits for the network: until the lists are loaded, or when they cannot be, the verifier trusts
 * the other anchors and its reports say so.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// Nothing here touches the database: every verification asks for the anchors, without a
// transaction.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class VerificationTrust {

  private static final Logger LOG = Logger.getLogger(VerificationTrust.class.getName());

  @Resource TimerService timers;
  @Resource ManagedExecutorService executor;
  @Resource ManagedThreadFactory threads;
  @Inject TrustedListSettings settings;
  @Inject TrustedLists trustedLists;
  @Inject CertificateFileReader certificateFiles;

  private final AtomicBoolean refreshing = new AtomicBoolean();
  private volatile List<X509Certificate> extraAnchors = List.of();
  private Timer refresher;

  /**
   * Downloads the national lists in parallel. Its own threads (made by the container), because a
   * load already holds one of the managed executor's, which seal jobs share.
   */
  private ExecutorService downloads;

  @PostConstruct
  void start() {
    extraAnchors = readExtraAnchors();
    if (!settings.enabled()) {
      LOG.info("EU trusted lists switched off (PARAPH_TRUSTED_LISTS=false)");
      return;
    }
    useConfiguredTrustedLists();
    if (trustedLists.status().state() != State.LOADING) {
      LOG.warning(() -> "EU trusted lists not used: " + trustedLists.status().problem());
      return;
    }
    submit(
        () -> {
          trustedLists.loadFromCache();
          trustedLists.refresh();
        });
    long interval = settings.refreshInterval().toMillis();
    // Non-persistent: each node loads its own copy, and a stopped server has nothing to catch up.
    refresher =
        timers.createIntervalTimer(interval, interval, new TimerConfig("trusted-lists", false));
  }

  @PreDestroy
  void stop() {
    if (downloads != null) {
      downloads.shutdownNow();
    }
    if (refresher != null) {
      try {
        refresher.cancel();
      } catch (RuntimeException e) {
        // already gone with the stopping container
      }
    }
  }

  @Timeout
  void onTimer(Timer timer) {
    submit(trustedLists::refresh);
  }

  /**
   * The operator's extra anchors, trusted for verification only (not published as the portal's).
   */
  public List<X509Certificate> extraAnchors() {
    return extraAnchors;
  }

  /** One load at a time: a slow download is not overtaken by the next scheduled one. */
  private void submit(Runnable load) {
    if (!refreshing.compareAndSet(false, true)) {
      return;
    }
    try {
      executor.submit(
          () -> {
            try {
              load.run();
            } catch (RuntimeException e) {
              LOG.log(Level.WARNING, "Loading the EU trusted lists failed", e);
            } finally {
              refreshing.set(false);
            }
          });
    } catch (RejectedExecutionException e) {
      refreshing.set(false);
      LOG.log(Level.WARNING, "Loading the EU trusted lists could not be started", e);
    }
  }

  private void useConfiguredTrustedLists() {
    String url = settings.lotlUrl();
    List<X509Certificate> signers;
    try {
      signers =
          settings
              .lotlSigners()
              .map(
                  file ->
                      certificateFiles.read(
                          file, settings.lotlSignersPassword(), "PARAPH_LOTL_SIGNERS"))
              .orElse(List.of());
    } catch (ConfigurationException e) {
      trustedLists.refuse(url, e.getMessage());
      return;
    }
    downloads = Executors.newFixedThreadPool(4, threads);
    trustedLists.use(url, signers, settings.cacheDirectory(), settings.timeout(), downloads);
  }

  private List<X509Certificate> readExtraAnchors() {
    if (settings.trustAnchors().isEmpty()) {
      return List.of();
    }
    Path file = settings.trustAnchors().get();
    try {
      List<X509Certificate> anchors =
          certificateFiles.read(file, new char[0], "PARAPH_TRUST_ANCHORS");
      LOG.info(() -> "Verification trusts " + anchors.size() + " extra anchor(s) from " + file);
      return anchors;
    } catch (ConfigurationException e) {
      LOG.severe(() -> e.getMessage() + ": verification goes on without these extra trust anchors");
      return List.of();
    }
  }
}
