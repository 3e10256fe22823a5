package org.paraph.trust.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.paraph.seals.infrastructure.LongTermValidationSources;
import org.paraph.seals.infrastructure.PortalSealingSources;
import org.paraph.seals.infrastructure.RemoteCrls;
import org.paraph.shared.infrastructure.OutboundGuard;
import org.paraph.trust.application.DemoAuthorities;
import org.paraph.trust.domain.AuthorityRole;

/**
 * The sealers' sources from the portal's own authorities ({@link DemoAuthorities}): its timestamp
 * authority through {@link DemoTspSource}, its CRLs through {@link LocalCrlSource}, both
 * in-process.
 */
@ApplicationScoped
public class TrustSealingSources implements PortalSealingSources {

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

  @Override
  public DemoTspSource timestamps() {
    return new DemoTspSource(
        demoAuthorities.timestampAuthority(),
        demoAuthorities.key(AuthorityRole.TIMESTAMP_AUTHORITY).chain());
  }

  @Override
  public LongTermValidationSources longTermValidation() {
    return new LongTermValidationSources(
        List.of(demoAuthorities.key(AuthorityRole.ROOT_CA).signingCertificate()),
        // The portal's own CRL in-process; others' (a trust service's) from where they say.
        new LocalCrlSource(demoAuthorities::freshCrlAt, new LocalCrlSource(remoteCrls::fetch)));
  }
}
