package org.paraph.verification.domain;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * The EU trusted lists the verifier trusts besides the portal's anchors: which list of trusted
 * lists (LOTL) is in use, loading it and its national lists, and how far that got. Loading never
 * throws: what went wrong is kept in {@link #status()}. Until {@link #use} or {@link #refuse} the
 * lists are switched off. Implemented with EU DSS in {@code verification.infrastructure}.
 */
public interface TrustedLists {

  /** The European Commission's list of trusted lists. */
  String EU_LOTL_URL = "https://ec.europa.eu/tools/lotl/eu-lotl.xml";

  /**
   * From now on, the lists named by this LOTL; nothing is loaded yet (the status is {@link
   * TrustedListStatus.State#LOADING}, or unavailable when no signer is given).
   *
   * @param lotlUrl where the LOTL is downloaded from (http, https or file)
   * @param lotlSigners the certificates allowed to sign the LOTL; none: the lists are never used
   * @param cacheDirectory where downloads are kept across restarts
   * @param timeout how long each download may take to connect, then to answer
   * @param downloads runs the downloads of the national lists in parallel
   */
  void use(
      String lotlUrl,
      List<X509Certificate> lotlSigners,
      Path cacheDirectory,
      Duration timeout,
      ExecutorService downloads);

  /**
   * From now on, no lists, because the configuration does not allow them (e.g. an unreadable file
   * of LOTL signers); the status says why.
   */
  void refuse(String lotlUrl, String why);

  /** Loads the lists of the last download from the file cache, without network. */
  void loadFromCache();

  /** Downloads the lists again, and uses them if they are valid. */
  void refresh();

  /** How far loading got, for the reports. */
  TrustedListStatus status();
}
