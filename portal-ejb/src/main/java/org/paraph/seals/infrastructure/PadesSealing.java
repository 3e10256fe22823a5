package org.paraph.seals.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.paraph.documents.infrastructure.PdfInspector;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.SealingKey;
import org.paraph.trust.application.DemoAuthorities;
import org.paraph.trust.domain.AuthorityRole;
import org.paraph.trust.infrastructure.DemoTspSource;
import org.paraph.trust.infrastructure.LocalCrlSource;

/**
 * PAdES sealing as the application uses it: DSS behind, the portal's own timestamp authority and
 * CRL used in-process. (A seal that called the portal's own TSA or CRL over HTTP would hold a
 * request thread while waiting for another one, and deadlock under load.)
 */
@ApplicationScoped
public class PadesSealing {

  private static final String DEMO_CRL_PATH = "/pki/demo-root.crl";

  @Inject DemoAuthorities demoAuthorities;

  private PadesSealer sealer;

  @PostConstruct
  void createSealer() {
    SealingKey root = demoAuthorities.key(AuthorityRole.ROOT_CA);
    sealer =
        new PadesSealer(
            new PdfInspector(),
            new LongTermValidationSources(
                List.of(root.signingCertificate()), new LocalCrlSource(this::demoCrl)));
  }

  public byte[] seal(byte[] pdf, SealingKey key, SealOptions options) {
    DemoTspSource timestamps =
        new DemoTspSource(
            demoAuthorities.timestampAuthority(),
            demoAuthorities.key(AuthorityRole.TIMESTAMP_AUTHORITY).chain());
    return sealer.seal(pdf, key, options, timestamps);
  }

  /** The demo root's CRL, whatever base URL the certificates were issued under. */
  private Optional<byte[]> demoCrl(String url) {
    return url.endsWith(DEMO_CRL_PATH) ? Optional.of(demoAuthorities.freshCrl()) : Optional.empty();
  }
}
