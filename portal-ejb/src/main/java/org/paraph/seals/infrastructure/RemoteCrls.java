package org.paraph.seals.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.HttpEntity;
import org.paraph.shared.domain.ProblemText;
import org.paraph.shared.i18n.PortalTexts;
import org.paraph.shared.infrastructure.GuardedHttp;
import org.paraph.shared.infrastructure.OutboundGuard;

/**
 * Fetches the CRLs of certificates the portal did not issue, from the distribution points they
 * name, for long-term seals. The addresses come from documents, so they follow the portal's rule
 * for outbound addresses ({@link OutboundGuard}: http(s) only, no internal ranges unless allowed),
 * enforced on the connection itself by {@link GuardedHttp}, with a size and time limit. A CRL that
 * cannot be had is simply absent: the seal then says revocation data is missing. One instance
 * serves the application; close it when the application stops.
 */
public final class RemoteCrls implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(RemoteCrls.class.getName());
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final int MAX_BYTES = 10 * 1024 * 1024;

  private final OutboundGuard guard;
  private final CloseableHttpClient http;

  public RemoteCrls(OutboundGuard guard) {
    this.guard = guard;
    this.http = GuardedHttp.client(TIMEOUT, TIMEOUT, guard, 0);
  }

  /** The DER CRL published at this address, if it can be fetched. */
  public Optional<byte[]> fetch(String url) {
    Optional<ProblemText> refusal = guard.refusal(url);
    if (refusal.isPresent()) {
      LOG.fine(
          () -> "Not fetching the CRL at " + url + ": " + refusal.get().in(PortalTexts.DEFAULT));
      return Optional.empty();
    }
    try {
      return http.execute(
          new HttpGet(URI.create(url.strip())),
          response -> {
            HttpEntity entity = response.getEntity();
            if (response.getCode() != 200 || entity == null) {
              LOG.warning(() -> "The CRL at " + url + " answered HTTP " + response.getCode());
              return Optional.empty();
            }
            try (InputStream body = entity.getContent()) {
              byte[] crl = body.readNBytes(MAX_BYTES + 1);
              if (crl.length > MAX_BYTES) {
                LOG.warning(() -> "The CRL at " + url + " is larger than " + MAX_BYTES + " bytes");
                return Optional.empty();
              }
              return Optional.of(crl);
            }
          });
    } catch (IOException | UncheckedIOException e) {
      LOG.log(Level.WARNING, "The CRL at " + url + " cannot be fetched: " + e.getMessage());
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    try {
      http.close();
    } catch (IOException e) {
      LOG.log(Level.FINE, "Closing the CRL client", e);
    }
  }
}
