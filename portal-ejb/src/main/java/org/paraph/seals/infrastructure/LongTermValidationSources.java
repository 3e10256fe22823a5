package org.paraph.seals.infrastructure;

import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * What B-LT and B-LTA seals need beyond a timestamp: the revocation data of every certificate
 * involved, which DSS gathers only for chains ending in a trust anchor.
 *
 * @param trustAnchors the roots of the sealing and timestamping chains (for the demo PKI: the demo
 *     root)
 * @param crlSource where the CRLs come from; for the demo PKI a {@link
 *     org.paraph.trust.infrastructure.LocalCrlSource} over the portal's own CRL, never the portal's
 *     HTTP endpoint
 */
public record LongTermValidationSources(List<X509Certificate> trustAnchors, CRLSource crlSource) {

  public LongTermValidationSources {
    trustAnchors = List.copyOf(trustAnchors);
    Objects.requireNonNull(crlSource, "crlSource");
    if (trustAnchors.isEmpty()) {
      throw new IllegalArgumentException("long-term seals need at least one trust anchor");
    }
  }
}
