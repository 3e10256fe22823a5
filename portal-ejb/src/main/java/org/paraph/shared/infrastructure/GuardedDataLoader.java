package org.paraph.shared.infrastructure;

import eu.europa.esig.dss.service.http.commons.CommonsDataLoader;
import eu.europa.esig.dss.service.http.commons.TimestampDataLoader;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.io.HttpClientConnectionManager;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * DSS's HTTP data loaders, their connections going through the {@link OutboundGuard}'s resolver
 * like every other client of the portal, so that redirects and DNS rebinding cannot lead inside;
 * the other protocols DSS knows (ldap, ftp, file) are refused.
 */
public final class GuardedDataLoader {

  private GuardedDataLoader() {}

  /** A loader for GET and POST over http(s), e.g. for trusted lists. */
  public static CommonsDataLoader commons(OutboundGuard guard) {
    return new Commons(guard);
  }

  /** A loader for RFC 3161 timestamp requests. */
  public static TimestampDataLoader timestamps(OutboundGuard guard) {
    return new Timestamps(guard);
  }

  private static HttpClientConnectionManager connections(
      CommonsDataLoader loader, OutboundGuard guard, TlsStrategy tls) {
    // As CommonsDataLoader builds it, plus the guard's resolver.
    PoolingHttpClientConnectionManager manager =
        PoolingHttpClientConnectionManagerBuilder.create()
            .setDnsResolver(GuardedHttp.resolver(guard))
            .setTlsSocketStrategy(tls.get())
            .setMaxConnTotal(loader.getConnectionsMaxTotal())
            .setMaxConnPerRoute(loader.getConnectionsMaxPerRoute())
            .build();
    manager.setDefaultConnectionConfig(
        ConnectionConfig.custom()
            .setConnectTimeout(Timeout.ofMilliseconds(loader.getTimeoutConnection()))
            .setSocketTimeout(Timeout.ofMilliseconds(loader.getTimeoutSocket()))
            .setTimeToLive(TimeValue.ofMilliseconds(loader.getConnectionTimeToLive()))
            .build());
    return manager;
  }

  private static UnsupportedOperationException notHttp(String url) {
    return new UnsupportedOperationException(
        "'" + url + "' is not an http(s) address, not followed");
  }

  @FunctionalInterface
  private interface TlsStrategy {
    org.apache.hc.client5.http.ssl.TlsSocketStrategy get();
  }

  private static final class Commons extends CommonsDataLoader {
    private static final long serialVersionUID = 1L;
    private final transient OutboundGuard guard;

    Commons(OutboundGuard guard) {
      this.guard = guard;
    }

    @Override
    protected HttpClientConnectionManager getConnectionManager() {
      return connections(this, guard, this::getTlsSocketStrategy);
    }

    @Override
    protected byte[] ldapGet(String url) {
      throw notHttp(url);
    }

    @Override
    protected byte[] ftpGet(String url) {
      throw notHttp(url);
    }

    @Override
    protected byte[] fileGet(String url) {
      throw notHttp(url);
    }
  }

  private static final class Timestamps extends TimestampDataLoader {
    private static final long serialVersionUID = 1L;
    private final transient OutboundGuard guard;

    Timestamps(OutboundGuard guard) {
      this.guard = guard;
    }

    @Override
    protected HttpClientConnectionManager getConnectionManager() {
      return connections(this, guard, this::getTlsSocketStrategy);
    }

    @Override
    protected byte[] ldapGet(String url) {
      throw notHttp(url);
    }

    @Override
    protected byte[] ftpGet(String url) {
      throw notHttp(url);
    }

    @Override
    protected byte[] fileGet(String url) {
      throw notHttp(url);
    }
  }
}
