package org.paraph.seals.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.paraph.shared.infrastructure.OutboundGuard;
import org.paraph.trust.application.DemoAuthorities;
import org.paraph.trust.domain.AuthorityRole;
import org.paraph.trust.infrastructure.DemoTspSource;
import org.paraph.trust.infrastructure.LocalCrlSource;

/**
 * What every sealer takes from the portal's own trust setup: its timestamp authority and the
 * revocation data for long-term levels, both used in-process. (A seal that called the portal's own
 * TSA or CRL over HTTP would hold a request thread while waiting for another one, and deadlock
 * under load.)
 */
@ApplicationScoped
public class PortalSealingSources {

  @Inject DemoAuthorities demoAuthorities;

  @Inject OutboundGuard guard;

  private RemoteCrls remoteCrls;

  @PostConstruct
  void openRemoteCrls() {
    remoteCrls = new RemoteCrls(guard);
  }

  @PreDestroy
  void closeRemoteCrls() {
    remoteCrls.close();
  }

  public DemoTspSource timestamps() {
    return new DemoTspSource(
        demoAuthorities.timestampAuthority(),
        demoAuthorities.key(AuthorityRole.TIMESTAMP_AUTHORITY).chain());
  }

  public LongTermValidationSources longTermValidation() {
    return new LongTermValidationSources(
        List.of(demoAuthorities.key(AuthorityRole.ROOT_CA).signingCertificate()),
        // The portal's own CRL in-process; others' (a trust service's) from where they say.
        new LocalCrlSource(demoAuthorities::freshCrlAt, new LocalCrlSource(remoteCrls::fetch)));
  }
}
