package org.paraph.verification.infrastructure;

import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.FileDocument;
import eu.europa.esig.dss.model.tsl.DownloadInfoRecord;
import eu.europa.esig.dss.model.tsl.InfoRecord;
import eu.europa.esig.dss.model.tsl.LOTLInfo;
import eu.europa.esig.dss.model.tsl.ParsingInfoRecord;
import eu.europa.esig.dss.model.tsl.TLInfo;
import eu.europa.esig.dss.model.tsl.ValidationInfoRecord;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.service.http.commons.FileCacheDataLoader;
import eu.europa.esig.dss.spi.client.http.DataLoader;
import eu.europa.esig.dss.spi.client.http.IgnoreDataLoader;
import eu.europa.esig.dss.spi.tsl.TrustedListsCertificateSource;
import eu.europa.esig.dss.spi.x509.CertificateSource;
import eu.europa.esig.dss.spi.x509.CommonCertificateSource;
import eu.europa.esig.dss.tsl.alerts.LOTLAlert;
import eu.europa.esig.dss.tsl.alerts.TLAlert;
import eu.europa.esig.dss.tsl.alerts.detections.LOTLLocationChangeDetection;
import eu.europa.esig.dss.tsl.alerts.detections.TLExpirationDetection;
import eu.europa.esig.dss.tsl.alerts.detections.TLSignatureErrorDetection;
import eu.europa.esig.dss.tsl.alerts.handlers.log.LogLOTLLocationChangeAlertHandler;
import eu.europa.esig.dss.tsl.alerts.handlers.log.LogTLExpirationAlertHandler;
import eu.europa.esig.dss.tsl.alerts.handlers.log.LogTLSignatureErrorAlertHandler;
import eu.europa.esig.dss.tsl.cache.CacheCleaner;
import eu.europa.esig.dss.tsl.job.TLValidationJob;
import eu.europa.esig.dss.tsl.source.LOTLSource;
import eu.europa.esig.dss.tsl.sync.ExpirationAndSignatureCheckStrategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.core5.util.TimeValue;
import org.paraph.shared.infrastructure.GuardedDataLoader;
import org.paraph.shared.infrastructure.OutboundGuard;
import org.paraph.verification.domain.TrustedListStatus;
import org.paraph.verification.domain.TrustedListStatus.State;
import org.paraph.verification.domain.TrustedLists;

/**
 * The EU trusted lists as trust anchors: the list of trusted lists (LOTL) is loaded from its URL,
 * its signature checked against the certificates the operator allows to sign it (for the EU LOTL,
 * those published in the Official Journal), then every national trusted list it points to is loaded
 * and checked against the certificates the LOTL names for it. The certificates of the trust
 * services of valid, current lists become trust anchors; a list that is expired or not validly
 * signed gives none.
 *
 * <p>Downloads are kept in a file cache, so that a restart without network still has the lists of
 * the last download. Loading never throws: what went wrong is logged and kept in {@link #status()},
 * and verification goes on with the anchors it has. Thread-safe; loads run one at a time.
 */
public final class EuTrustedLists {

  /** The European Commission's list of trusted lists. */
  public static final String EU_LOTL_URL = TrustedLists.EU_LOTL_URL;

  private static final Logger LOG = Logger.getLogger(EuTrustedLists.class.getName());

  private final String lotlUrl;
  private final Clock clock;
  private final TLValidationJob job;
  private final TrustedListsCertificateSource certificates = new TrustedListsCertificateSource();
  private final ExpirationAndSignatureCheckStrategy strategy =
      new ExpirationAndSignatureCheckStrategy();
  private volatile TrustedListStatus status;

  /**
   * @param lotlUrl where the LOTL is downloaded from (http, https or file)
   * @param lotlSigners the certificates allowed to sign the LOTL; none: the lists are never used
   * @param cacheDirectory where downloads are kept across restarts
   * @param timeout how long each download may take to connect, then to answer
   * @param guard where downloads may go: the LOTL's own URL is the operator's, but the lists it
   *     names are not, and even the operator's must not reach inside unless allowed
   * @param executor runs the downloads of the national lists in parallel; {@code null} for DSS's
   *     own threads (outside a container)
   */
  public EuTrustedLists(
      String lotlUrl,
      List<X509Certificate> lotlSigners,
      Path cacheDirectory,
      Duration timeout,
      OutboundGuard guard,
      ExecutorService executor,
      Clock clock) {
    this.lotlUrl = Objects.requireNonNull(lotlUrl, "lotlUrl");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (lotlSigners.isEmpty()) {
      this.job = null;
      this.status =
          unavailable(
              null,
              "no certificate may sign the list of trusted lists (set PARAPH_LOTL_SIGNERS to the"
                  + " certificates published in the Official Journal)");
      return;
    }
    this.job = job(lotlSource(lotlSigners), cacheDirectory, timeout, guard, executor);
    this.status = new TrustedListStatus(State.LOADING, lotlUrl, null, null, 0, 0, null);
  }

  private EuTrustedLists(TrustedListStatus status) {
    this.lotlUrl = status.lotlUrl();
    this.clock = Clock.systemUTC();
    this.job = null;
    this.status = status;
  }

  /** Trusted lists switched off: nothing is loaded, the status says so. */
  public static EuTrustedLists disabled() {
    return new EuTrustedLists(TrustedListStatus.disabled());
  }

  /**
   * Trusted lists that cannot be used at all because of the configuration (e.g. an unreadable file
   * of LOTL signers): nothing is loaded, the status says why.
   */
  public static EuTrustedLists unusable(String lotlUrl, String why) {
    return new EuTrustedLists(
        new TrustedListStatus(State.UNAVAILABLE, lotlUrl, null, null, 0, 0, why));
  }

  /** Loads the lists of the last download from the file cache, without network. */
  public void loadFromCache() {
    if (job == null) {
      return;
    }
    Instant attempt = clock.instant();
    try {
      job.offlineRefresh();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The cached EU trusted lists could not be read", e);
    }
    // A first start has nothing cached: that is no problem worth reporting before the download.
    TrustedListStatus cached = statusAfterLoad(attempt);
    status =
        cached.used()
            ? cached
            : new TrustedListStatus(State.LOADING, lotlUrl, null, attempt, 0, 0, null);
  }

  /** Downloads the LOTL and the lists it points to again, and uses them if they are valid. */
  public void refresh() {
    if (job == null) {
      return;
    }
    Instant attempt = clock.instant();
    try {
      job.onlineRefresh();
    } catch (RuntimeException e) {
      // DSS records failures in its cache rather than throwing; this is for the unforeseen.
      LOG.log(Level.WARNING, "Loading the EU trusted lists from " + lotlUrl + " failed", e);
    }
    status = statusAfterLoad(attempt);
    if (status.used()) {
      LOG.info(
          () ->
              "EU trusted lists loaded from "
                  + lotlUrl
                  + ": "
                  + status.trustedLists()
                  + " lists, "
                  + status.certificates()
                  + " certificates"
                  + (status.problem() == null ? "" : "; " + status.problem()));
    } else {
      LOG.warning(
          () ->
              "EU trusted lists not used ("
                  + status.problem()
                  + "); verification trusts the portal's own anchors only");
    }
  }

  public TrustedListStatus status() {
    return status;
  }

  /** The trust anchors from the lists, while they are in use. */
  Optional<CertificateSource> certificates() {
    return status.used() ? Optional.of(certificates) : Optional.empty();
  }

  private TrustedListStatus statusAfterLoad(Instant attempt) {
    List<LOTLInfo> lotls = job.getSummary().getLOTLInfos();
    if (lotls.isEmpty()) {
      return unavailable(attempt, "the list of trusted lists was not loaded");
    }
    LOTLInfo lotl = lotls.get(0);
    String lotlProblem = lotlProblem(lotl);
    int certificateCount = certificates.getNumberOfCertificates();
    List<TLInfo> lists = lotl.getTLInfos();
    long usable = lists.stream().filter(strategy::canBeSynchronized).count();
    if (certificateCount == 0 || !strategy.canBeSynchronized(lotl) || usable == 0) {
      String why =
          lotlProblem != null
              ? lotlProblem
              : lists.isEmpty()
                  ? "the list of trusted lists at " + lotlUrl + " points to no trusted list"
                  : "none of the " + lists.size() + " trusted lists it points to is usable";
      return unavailable(attempt, why);
    }
    String problem = lotlProblem;
    if (usable < lists.size()) {
      String unusable = (lists.size() - usable) + " of " + lists.size() + " trusted lists unusable";
      problem = problem == null ? unusable : problem + "; " + unusable;
    }
    return new TrustedListStatus(
        State.LOADED,
        lotlUrl,
        downloadTime(lotl.getDownloadCacheInfo()),
        attempt,
        (int) usable,
        certificateCount,
        problem);
  }

  /** What is wrong with the LOTL itself, in words, or {@code null}. */
  private String lotlProblem(LOTLInfo lotl) {
    DownloadInfoRecord download = lotl.getDownloadCacheInfo();
    if (download == null || download.isError() || !download.isResultExist()) {
      return "the list of trusted lists could not be downloaded from " + lotlUrl + reason(download);
    }
    ParsingInfoRecord parsing = lotl.getParsingCacheInfo();
    if (parsing == null || parsing.isError() || !parsing.isResultExist()) {
      return "the list of trusted lists at " + lotlUrl + " could not be read" + reason(parsing);
    }
    ValidationInfoRecord validation = lotl.getValidationCacheInfo();
    if (validation == null || validation.isError() || !validation.isResultExist()) {
      return "the signature of the list of trusted lists could not be checked" + reason(validation);
    }
    if (!validation.isValid()) {
      return "the list of trusted lists is not signed by a certificate of PARAPH_LOTL_SIGNERS ("
          + validation.getIndication()
          + (validation.getSubIndication() == null ? "" : " / " + validation.getSubIndication())
          + ")";
    }
    Date nextUpdate = parsing.getNextUpdateDate();
    if (nextUpdate == null || nextUpdate.toInstant().isBefore(clock.instant())) {
      return "the list of trusted lists is out of date (next update was due "
          + (nextUpdate == null ? "never" : nextUpdate.toInstant())
          + ")";
    }
    return null;
  }

  private static String reason(InfoRecord record) {
    return record == null || record.getExceptionMessage() == null
        ? ""
        : ": " + record.getExceptionMessage();
  }

  /** When the LOTL in use was downloaded: the time its cache file was written. */
  private Instant downloadTime(DownloadInfoRecord download) {
    DSSDocument document = download.getDocument();
    if (document instanceof FileDocument file) {
      try {
        return Files.getLastModifiedTime(file.getFile().toPath()).toInstant();
      } catch (IOException | RuntimeException e) {
        // fall back to when DSS last saw it
      }
    }
    Date synchronised = download.getLastSuccessSynchronizationTime();
    return synchronised == null ? clock.instant() : synchronised.toInstant();
  }

  private TrustedListStatus unavailable(Instant attempt, String why) {
    return new TrustedListStatus(State.UNAVAILABLE, lotlUrl, null, attempt, 0, 0, why);
  }

  private LOTLSource lotlSource(List<X509Certificate> signers) {
    CommonCertificateSource allowedSigners = new CommonCertificateSource();
    signers.forEach(signer -> allowedSigners.addCertificate(new CertificateToken(signer)));
    LOTLSource lotl = new LOTLSource();
    lotl.setUrl(lotlUrl);
    lotl.setCertificateSource(allowedSigners);
    // The EU LOTL names "pivot" LOTLs: the chain of signing keys since the Official Journal's
    // publication, so that its certificates stay enough after the Commission changes its key.
    lotl.setPivotSupport(true);
    return lotl;
  }

  private TLValidationJob job(
      LOTLSource lotl,
      Path cacheDirectory,
      Duration timeout,
      OutboundGuard guard,
      ExecutorService executor) {
    FileCacheDataLoader offline = new OwnUrlsOnly(new IgnoreDataLoader(), lotlUrl);
    offline.setCacheExpirationTime(-1);
    offline.setFileCacheDirectory(cacheDirectory.toFile());

    FileCacheDataLoader online = new OwnUrlsOnly(http(timeout, guard), lotlUrl);
    // Every online refresh downloads again; the cached copy is for starts without network.
    online.setCacheExpirationTime(0);
    online.setFileCacheDirectory(cacheDirectory.toFile());

    CacheCleaner cleaner = new CacheCleaner();
    cleaner.setCleanMemory(true);
    cleaner.setCleanFileSystem(true);
    cleaner.setDSSFileLoader(offline);

    TLValidationJob validationJob = new TLValidationJob();
    validationJob.setOfflineDataLoader(offline);
    validationJob.setOnlineDataLoader(online);
    validationJob.setTrustedListCertificateSource(certificates);
    // DSS's default accepts expired and badly signed lists; a relying party must not.
    validationJob.setSynchronizationStrategy(strategy);
    validationJob.setCacheCleaner(cleaner);
    validationJob.setListOfTrustedListSources(lotl);
    validationJob.setLOTLAlerts(
        List.of(
            new LOTLAlert(
                new LOTLLocationChangeDetection(lotl), new LogLOTLLocationChangeAlertHandler())));
    validationJob.setTLAlerts(
        List.of(
            new TLAlert(new TLSignatureErrorDetection(), new LogTLSignatureErrorAlertHandler()),
            new TLAlert(new TLExpirationDetection(), new LogTLExpirationAlertHandler())));
    if (executor != null) {
      validationJob.setExecutorService(executor);
    }
    return validationJob;
  }

  private static CommonsDataLoader http(Duration timeout, OutboundGuard guard) {
    int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    CommonsDataLoader loader = GuardedDataLoader.commons(guard);
    loader.setTimeoutConnection(millis);
    loader.setTimeoutConnectionRequest(millis);
    loader.setTimeoutResponse(millis);
    loader.setTimeoutSocket(millis);
    // The next scheduled refresh is the retry; a start must not wait on retries.
    loader.setRetryStrategy(new DefaultHttpRequestRetryStrategy(0, TimeValue.ZERO_MILLISECONDS));
    return loader;
  }

  /**
   * The file cache, which reads file: URLs itself without asking its loader: only the operator's
   * LOTL URL may be a local file, never an address a list names (which may be read before its
   * signature is checked).
   */
  private static final class OwnUrlsOnly extends FileCacheDataLoader {

    private static final long serialVersionUID = 1L;
    private final String lotlUrl;

    OwnUrlsOnly(DataLoader loader, String lotlUrl) {
      super(loader);
      this.lotlUrl = lotlUrl;
    }

    @Override
    public DSSDocument getDocument(String url, boolean refresh) {
      String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
      if (!url.equals(lotlUrl) && !lower.startsWith("http://") && !lower.startsWith("https://")) {
        throw new DSSException("'" + url + "' is not an http(s) address, not followed");
      }
      return super.getDocument(url, refresh);
    }
  }
}
