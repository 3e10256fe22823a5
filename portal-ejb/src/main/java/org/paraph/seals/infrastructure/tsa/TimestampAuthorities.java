package org.paraph.seals.infrastructure.tsa;

import eu.europa.esig.dss.service.http.commons.TimestampDataLoader;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.hc.client5.http.impl.DefaultHttpRequestRetryStrategy;
import org.apache.hc.core5.util.TimeValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.paraph.seals.infrastructure.PortalSealingSources;
import org.paraph.shared.infrastructure.GuardedDataLoader;
import org.paraph.shared.infrastructure.OutboundGuard;

/**
 * The timestamp source of a seal: the portal's own authority, in-process, when the seal lists none;
 * otherwise the listed ones over HTTP, in order, each with a time limit so that one that is down
 * costs seconds, not a hung request.
 */
@ApplicationScoped
public class TimestampAuthorities {

  @Inject PortalSealingSources portal;
  @Inject OutboundGuard guard;

  /** How long to wait for each authority to accept the connection, and then to answer. */
  @Inject
  @ConfigProperty(name = "paraph.tsa.timeout.seconds", defaultValue = "10")
  int timeoutSeconds;

  protected TimestampAuthorities() {}

  /** Outside a container, e.g. in tests. */
  TimestampAuthorities(PortalSealingSources portal, OutboundGuard guard, int timeoutSeconds) {
    this.portal = portal;
    this.guard = guard;
    this.timeoutSeconds = timeoutSeconds;
  }

  /**
   * @param urls the seal's authorities in order; empty for the portal's own
   */
  public TSPSource forUrls(List<String> urls) {
    if (urls.isEmpty()) {
      return portal.timestamps();
    }
    return new FailoverTspSource(
        urls.stream().map(url -> new FailoverTspSource.Authority(url, online(url))).toList());
  }

  private TSPSource online(String url) {
    int timeoutMillis = timeoutSeconds * 1000;
    // Configured by the operator, and yet guarded: a seal's authority list is edited in the
    // portal, so it must not become a way into the organisation's network (PARAPH_FETCH_ALLOW).
    TimestampDataLoader loader = GuardedDataLoader.timestamps(guard);
    loader.setTimeoutConnection(timeoutMillis);
    loader.setTimeoutConnectionRequest(timeoutMillis);
    loader.setTimeoutResponse(timeoutMillis);
    loader.setTimeoutSocket(timeoutMillis);
    // The next authority is the retry.
    loader.setRetryStrategy(new DefaultHttpRequestRetryStrategy(0, TimeValue.ZERO_MILLISECONDS));
    return new OnlineTSPSource(url, loader);
  }
}
