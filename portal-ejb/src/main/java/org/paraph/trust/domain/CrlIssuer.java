package org.paraph.trust.domain;

import java.time.Instant;
import org.paraph.seals.domain.SealingKey;

/**
 * Issues the CRL of one of the portal's own CAs. They never revoke, so the list is empty;
 * validators still need it to know a certificate is not revoked. Implemented with BouncyCastle in
 * {@code trust.infrastructure} ({@code DemoCrlIssuer}).
 */
public interface CrlIssuer {

  /**
   * An empty CRL signed by the issuer.
   *
   * @param now its thisUpdate
   * @return the CRL, DER-encoded
   */
  byte[] issue(SealingKey issuer, Instant now);
}
