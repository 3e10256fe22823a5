package org.paraph.seals.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.SealingKey;
import org.paraph.trust.application.DemoAuthorities;
import org.paraph.trust.domain.AuthorityRole;
import org.paraph.trust.infrastructure.DemoTspSource;
import org.paraph.trust.infrastructure.LocalCrlSource;

/**
 * Detached CAdES sealing as the application uses it, with the same in-process timestamp authority
 * and CRL as {@link PadesSealing} (and for the same reason: no request thread waits on another).
 */
@ApplicationScoped
public class CadesSealing {

  private static final String DEMO_CRL_PATH = "/pki/demo-root.crl";

  @Inject DemoAuthorities demoAuthorities;

  private CadesSealer sealer;

  @PostConstruct
  void createSealer() {
    SealingKey root = demoAuthorities.key(AuthorityRole.ROOT_CA);
    sealer =
        new CadesSealer(
            new LongTermValidationSources(
                List.of(root.signingCertificate()), new LocalCrlSource(this::demoCrl)));
  }

  /** The {@code .p7s} over {@code content}; see {@link CadesSealer#seal}. */
  public byte[] seal(byte[] content, SealingKey key, SealOptions options) {
    DemoTspSource timestamps =
        new DemoTspSource(
            demoAuthorities.timestampAuthority(),
            demoAuthorities.key(AuthorityRole.TIMESTAMP_AUTHORITY).chain());
    return sealer.seal(content, key, options, timestamps);
  }

  private Optional<byte[]> demoCrl(String url) {
    return url.endsWith(DEMO_CRL_PATH) ? Optional.of(demoAuthorities.freshCrl()) : Optional.empty();
  }
}
