package org.paraph.verification.infrastructure;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the verifier tried to fetch during one verification and could not, and which CRLs the portal
 * answered itself: the report tells the reader, per signature, what stood in the way.
 */
final class FetchLog {

  /** A failed fetch: {@code kind} is CRL, OCSP or the issuer certificate. */
  record Problem(String kind, String url, String reason) {

    /** E.g. "OCSP at ocsp.example.com: no answer within 5 seconds". */
    String sentence() {
      return kind + " at " + hostOf(url) + ": " + reason;
    }
  }

  /**
   * Fetches one verification may make: the verification page is public, and a document can name any
   * number of addresses, each allowed the whole timeout.
   */
  static final int DEFAULT_BUDGET = 24;

  private final List<Problem> problems = new ArrayList<>();
  private final AtomicInteger budget;

  FetchLog() {
    this(DEFAULT_BUDGET);
  }

  FetchLog(int budget) {
    this.budget = new AtomicInteger(budget);
  }

  /** Whether one more fetch is within this verification's budget; counts it if so. */
  boolean spend() {
    return budget.getAndDecrement() > 0;
  }

  private final Set<String> answeredByThePortal = ConcurrentHashMap.newKeySet();

  void failed(String kind, String url, String reason) {
    synchronized (problems) {
      problems.add(new Problem(kind, url, reason));
    }
  }

  void answeredByThePortal(String url) {
    answeredByThePortal.add(url);
  }

  boolean wasAnsweredByThePortal(String url) {
    return url != null && answeredByThePortal.contains(url);
  }

  /** The problems with any of these addresses, in the order they happened, each said once. */
  List<String> problemsWith(Collection<String> urls) {
    synchronized (problems) {
      return problems.stream()
          .filter(problem -> urls.contains(problem.url()))
          .map(Problem::sentence)
          .distinct()
          .toList();
    }
  }

  /** The host of a URL, or the URL itself when it has none: what a reader recognises. */
  static String hostOf(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.strip()).getHost();
      return host == null ? url : host;
    } catch (IllegalArgumentException e) {
      return url;
    }
  }
}
