package org.paraph.shared.infrastructure;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP clients of every outbound request: addresses a client of the portal chose (document
 * URLs, callback URLs, the CRL and OCSP addresses in an uploaded certificate) and the services the
 * operator configured (CSC, SMS gateway). Their resolver is {@link OutboundGuard#resolve}: each
 * name is resolved once, refused if any of its addresses is internal, and the connection goes to
 * exactly the addresses checked, so a name server that answers a public address to the check and a
 * private one to the connection (DNS rebinding) gets nowhere. Redirects, when followed, go through
 * the same resolver. No proxy from system properties, no cookies, no retries.
 */
public final class GuardedHttp {

  private GuardedHttp() {}

  /**
   * @param connectTimeout how long a connection may take to open
   * @param readTimeout how long the server may keep the client waiting between two reads
   * @param guard which addresses may be reached
   * @param maxRedirects redirects followed; 0 follows none
   */
  public static CloseableHttpClient client(
      Duration connectTimeout, Duration readTimeout, OutboundGuard guard, int maxRedirects) {
    return HttpClients.custom()
        .setConnectionManager(
            PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(resolver(guard))
                .setDefaultConnectionConfig(
                    ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(connectTimeout))
                        .setSocketTimeout(Timeout.of(readTimeout))
                        .build())
                .setMaxConnTotal(32)
                .setMaxConnPerRoute(4)
                .build())
        .setDefaultRequestConfig(
            RequestConfig.custom()
                .setConnectionRequestTimeout(Timeout.of(connectTimeout))
                .setResponseTimeout(Timeout.of(readTimeout))
                .setRedirectsEnabled(maxRedirects > 0)
                .setMaxRedirects(Math.max(0, maxRedirects))
                .build())
        .disableAutomaticRetries()
        .disableCookieManagement()
        .disableAuthCaching()
        .setUserAgent("Paraph")
        .build();
  }

  /** The resolver that refuses what the guard refuses, for clients built elsewhere (DSS). */
  public static DnsResolver resolver(OutboundGuard guard) {
    return new CheckedResolver(guard);
  }

  private static final class CheckedResolver implements DnsResolver {

    private final OutboundGuard guard;

    CheckedResolver(OutboundGuard guard) {
      this.guard = guard;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
      return guard.resolve(host);
    }

    @Override
    public String resolveCanonicalHostname(String host) {
      // Only used for Kerberos, which these clients never do; never widen the name.
      return host;
    }
  }
}
