package org.paraph.trust.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.paraph.seals.domain.SealingKey;
import org.paraph.trust.domain.CrlIssuer;

/**
 * Issues the demo root's certificate revocation list. The demo PKI never revokes, so the list is
 * empty; validators still need it to know the seal certificate is not revoked.
 */
@ApplicationScoped
public class DemoCrlIssuer implements CrlIssuer {

  /** Long enough to survive a weekend without the portal, short enough to be credible. */
  static final Duration VALIDITY = Duration.ofDays(7);

  /**
   * Issues an empty CRL signed by the demo root.
   *
   * @param now thisUpdate; also the CRL number (in seconds since the epoch), which therefore grows
   *     with each issue without any state to keep
   * @return the CRL, DER-encoded
   */
  @Override
  public byte[] issue(SealingKey root, Instant now) {
    X509Certificate issuer = root.signingCertificate();
    try {
      X509v2CRLBuilder builder =
          new X509v2CRLBuilder(
                  X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded()),
                  Date.from(now))
              .setNextUpdate(Date.from(now.plus(VALIDITY)));
      builder.addExtension(
          Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(now.getEpochSecond())));
      builder.addExtension(
          Extension.authorityKeyIdentifier,
          false,
          new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuer.getPublicKey()));
      return builder
          .build(new JcaContentSignerBuilder("SHA256withRSA").build(root.privateKey()))
          .getEncoded();
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new IllegalStateException("The demo root could not sign its CRL", e);
    }
  }
}
