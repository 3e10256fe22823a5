package org.paraph.trust.infrastructure;

import eu.europa.esig.dss.crl.CRLBinary;
import eu.europa.esig.dss.crl.CRLUtils;
import eu.europa.esig.dss.crl.CRLValidity;
import eu.europa.esig.dss.enumerations.RevocationOrigin;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.CertificateExtensionsUtils;
import eu.europa.esig.dss.spi.exception.DSSExternalResourceException;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.CRLToken;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;

/**
 * A DSS CRL source that answers from the portal itself rather than over the network: for each CRL
 * distribution point of a certificate it asks a function for the CRL published at that URL. The
 * portal uses it for its demo root, whose CRL it issues itself; calling its own HTTP endpoint would
 * risk the same deadlock as calling its own TSA over HTTP.
 *
 * <p>A CRL that its certificate's issuer did not sign is not the one asked for (another service may
 * publish its CRL under the same path): it is passed over, and the next source, if any, asked.
 */
public final class LocalCrlSource implements CRLSource {

  private static final long serialVersionUID = 1L;

  private final transient Function<String, Optional<byte[]>> crlByUrl;
  private final transient CRLSource next;

  /**
   * @param crlByUrl the DER CRL currently published at a distribution point URL, if the portal
   *     publishes one there
   */
  public LocalCrlSource(Function<String, Optional<byte[]>> crlByUrl) {
    this(crlByUrl, null);
  }

  /**
   * @param next where to look for the CRLs of certificates the portal did not issue (for example
   *     those of a qualified trust service), or null
   */
  public LocalCrlSource(Function<String, Optional<byte[]>> crlByUrl, CRLSource next) {
    this.crlByUrl = crlByUrl;
    this.next = next;
  }

  /**
   * @return the CRL covering the certificate, or {@code null} when none of its distribution points
   *     is served locally: DSS's contract for "this source does not know", after which it tries its
   *     other sources
   */
  @Override
  public CRLToken getRevocationToken(CertificateToken certificate, CertificateToken issuer) {
    for (String url : CertificateExtensionsUtils.getCRLAccessUrls(certificate)) {
      Optional<byte[]> crl = crlByUrl.apply(url);
      if (crl.isPresent()) {
        CRLToken token = token(certificate, issuer, url, crl.get());
        if (token != null) {
          return token;
        }
      }
    }
    return next == null ? null : next.getRevocationToken(certificate, issuer);
  }

  /** The CRL as DSS's token, or null when the issuer did not sign it. */
  private static CRLToken token(
      CertificateToken certificate, CertificateToken issuer, String url, byte[] der) {
    CRLValidity validity;
    try {
      CRLBinary binary = CRLUtils.buildCRLBinary(der);
      validity = CRLUtils.buildCRLValidity(binary, issuer);
    } catch (IOException e) {
      throw new DSSExternalResourceException("The CRL served at " + url + " cannot be parsed", e);
    }
    if (!validity.isSignatureIntact()) {
      return null; // another CA's CRL
    }
    CRLToken token = new CRLToken(certificate, validity);
    token.setExternalOrigin(RevocationOrigin.EXTERNAL);
    token.setSourceURL(url);
    return token;
  }
}
