package org.paraph.verification.infrastructure;

import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLToken;
import org.paraph.trust.infrastructure.LocalCrlSource;

/**
 * The CRLs the portal issues itself (its demo CA's) are read in process, without the network and
 * whatever the address rules say; any other CRL is fetched online, when online checks are on.
 */
final class PortalFirstCrlSource implements CRLSource {

  private static final long serialVersionUID = 1L;

  private final LocalCrlSource portal;
  private final transient CRLSource online;
  private final transient FetchLog log;

  /**
   * @param online the online source, or {@code null} when the verifier fetches nothing
   */
  PortalFirstCrlSource(LocalCrlSource portal, CRLSource online, FetchLog log) {
    this.portal = portal;
    this.online = online;
    this.log = log;
  }

  @Override
  public CRLToken getRevocationToken(CertificateToken certificate, CertificateToken issuer) {
    CRLToken token = portal.getRevocationToken(certificate, issuer);
    if (token != null) {
      log.answeredByThePortal(token.getSourceURL());
      return token;
    }
    return online == null ? null : online.getRevocationToken(certificate, issuer);
  }
}
