package org.paraph.verification.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.paraph.shared.infrastructure.GuardedHttp;
import org.paraph.shared.infrastructure.OutboundGuard;
import org.paraph.shared.infrastructure.OutboundGuard.RefusedAddressException;

/**
 * Fetches what a signature's certificates point to (CRLs, OCSP answers, issuer certificates) over
 * http(s), for the verifier. The addresses come from files anyone may upload, so every connection
 * goes only to addresses the OutboundGuard lets through, resolved once and used as resolved; each
 * request has a connect and a read timeout and a size limit. Answers are kept in memory for a few
 * minutes, so that a burst of verifications of documents from one CA asks its responder once.
 * Thread-safe; one instance serves the whole application.
 */
public final class ValidationDataFetcher implements AutoCloseable {

  /** Large CAs publish CRLs of tens of megabytes; anything larger is not worth holding. */
  public static final int DEFAULT_MAX_BYTES = 32 * 1024 * 1024;

  private static final int CACHE_ENTRIES = 256;

  private static final Duration FAILURE_TIME = Duration.ofMinutes(1);

  private final Duration timeout;
  private final int maxBytes;
  private final Duration cacheTime;
  private final Clock clock;
  private final CloseableHttpClient http;
  private final Map<String, Cached> cache = new LinkedHashMap<>(16, 0.75f, true);
  private final AtomicLong requests = new AtomicLong();

  /**
   * @param timeout how long a connection may take to open, and then how long the answer may keep
   *     the verifier waiting between two reads
   * @param maxBytes the largest answer accepted
   * @param cacheTime how long an answer is used again without asking anew
   * @param guard which addresses may be reached
   */
  public ValidationDataFetcher(
      Duration timeout, int maxBytes, Duration cacheTime, OutboundGuard guard, Clock clock) {
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.maxBytes = maxBytes;
    this.cacheTime = Objects.requireNonNull(cacheTime, "cacheTime");
    this.clock = Objects.requireNonNull(clock, "clock");
    // Redirects go through the same checked resolver, so they cannot lead inside either.
    this.http = GuardedHttp.client(timeout, timeout, guard, 3);
  }

  /** The content at an http(s) URL. */
  public byte[] get(String url) throws FetchException {
    return fetch("GET " + url, url, null, null);
  }

  /** The answer to a POST of {@code body} with the given content type. */
  public byte[] post(String url, byte[] body, String contentType) throws FetchException {
    return fetch("POST " + url + " " + sha256(body), url, body, contentType);
  }

  /** How many requests went out, for the log and the tests' sake. */
  public long requestsSent() {
    return requests.get();
  }

  private byte[] fetch(String key, String url, byte[] body, String contentType)
      throws FetchException {
    Instant now = clock.instant();
    synchronized (cache) {
      Cached cached = cache.get(key);
      if (cached != null && now.isBefore(cached.expires())) {
        if (cached.failure() != null) {
          throw new FetchException(cached.failure());
        }
        return cached.content();
      }
    }
    try {
      byte[] content = send(url, body, contentType);
      remember(key, new Cached(content, null, now.plus(cacheTime)));
      return content;
    } catch (FetchException e) {
      // A responder that is down would otherwise hold every verification of a burst for the
      // whole timeout; a minute later it is asked again.
      remember(key, new Cached(null, e.getMessage(), now.plus(min(cacheTime, FAILURE_TIME))));
      throw e;
    }
  }

  private void remember(String key, Cached entry) {
    synchronized (cache) {
      cache.put(key, entry);
      if (cache.size() > CACHE_ENTRIES) {
        cache.remove(cache.keySet().iterator().next());
      }
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private byte[] send(String url, byte[] body, String contentType) throws FetchException {
    URI uri = httpUri(url);
    HttpUriRequestBase request;
    if (body == null) {
      request = new HttpGet(uri);
    } else {
      HttpPost post = new HttpPost(uri);
      post.setEntity(
          new ByteArrayEntity(
              body, contentType == null ? null : ContentType.parseLenient(contentType)));
      request = post;
    }
    requests.incrementAndGet();
    try {
      return http.execute(
          request,
          response -> {
            if (response.getCode() != 200) {
              throw new FetchException("answered HTTP " + response.getCode());
            }
            return read(response.getEntity());
          });
    } catch (FetchException e) {
      throw e;
    } catch (RefusedAddressException e) {
      throw new FetchException("refused: " + e.getMessage());
    } catch (ConnectTimeoutException e) {
      throw new FetchException("no connection within " + seconds());
    } catch (SocketTimeoutException e) {
      throw new FetchException("no answer within " + seconds());
    } catch (UnknownHostException e) {
      throw new FetchException("unknown host");
    } catch (IOException e) {
      throw new FetchException(
          "could not be reached ("
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
              + ")");
    }
  }

  private byte[] read(HttpEntity entity) throws IOException {
    if (entity == null) {
      throw new FetchException("answered nothing");
    }
    if (entity.getContentLength() > maxBytes) {
      throw new FetchException("answer larger than " + megabytes());
    }
    try (InputStream in = entity.getContent()) {
      byte[] content = in.readNBytes(maxBytes + 1);
      if (content.length > maxBytes) {
        throw new FetchException("answer larger than " + megabytes());
      }
      return content;
    }
  }

  private static URI httpUri(String url) throws FetchException {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new FetchException("not a valid address");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    // ldap, ftp and file addresses exist in certificates too; the verifier does not follow them.
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new FetchException("not an http(s) address, not followed");
    }
    return uri;
  }

  private String seconds() {
    long seconds = Math.max(1, timeout.toSeconds());
    return seconds == 1 ? "1 second" : seconds + " seconds";
  }

  private String megabytes() {
    return maxBytes >= 1024 * 1024 ? (maxBytes / (1024 * 1024)) + " MB" : maxBytes + " bytes";
  }

  private static String sha256(byte[] body) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK has no SHA-256", e);
    }
  }

  @Override
  public void close() throws IOException {
    http.close();
  }

  /** An answer, or why there was none ({@code failure} set, {@code content} null). */
  private record Cached(byte[] content, String failure, Instant expires) {}

  /** Why something could not be fetched, in words that follow "CRL at host: ". */
  public static final class FetchException extends IOException {

    private static final long serialVersionUID = 1L;

    public FetchException(String reason) {
      super(reason);
    }
  }
}
