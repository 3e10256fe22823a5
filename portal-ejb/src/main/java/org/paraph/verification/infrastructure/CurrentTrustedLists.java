package org.paraph.verification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.paraph.shared.infrastructure.OutboundGuard;
import org.paraph.verification.domain.TrustedListStatus;
import org.paraph.verification.domain.TrustedLists;

/**
 * The {@link TrustedLists} of the portal: the {@link EuTrustedLists} in use on this node, which the
 * {@link DssSignatureValidator} trusts as last loaded. Switched off until told otherwise.
 */
@ApplicationScoped
public class CurrentTrustedLists implements TrustedLists {

  @Inject OutboundGuard outboundGuard;
  @Inject Clock clock;

  private volatile EuTrustedLists lists = EuTrustedLists.disabled();

  @Override
  public void use(
      String lotlUrl,
      List<X509Certificate> lotlSigners,
      Path cacheDirectory,
      Duration timeout,
      ExecutorService downloads) {
    lists =
        new EuTrustedLists(
            lotlUrl, lotlSigners, cacheDirectory, timeout, outboundGuard, downloads, clock);
  }

  @Override
  public void refuse(String lotlUrl, String why) {
    lists = EuTrustedLists.unusable(lotlUrl, why);
  }

  @Override
  public void loadFromCache() {
    lists.loadFromCache();
  }

  @Override
  public void refresh() {
    lists.refresh();
  }

  @Override
  public TrustedListStatus status() {
    return lists.status();
  }

  /** The lists as last loaded, for one verification. */
  EuTrustedLists inUse() {
    return lists;
  }
}
