package org.paraph.trust.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import org.paraph.seals.application.SealKeys;
import org.paraph.seals.domain.RetirementReason;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealRepository;
import org.paraph.trust.domain.AuthorityRole;
import org.paraph.trust.domain.PortalTrust;
import org.paraph.trust.domain.SealCertificates;

/**
 * The certificates that the portal's own seals and timestamps chain to, so that a verifier can be
 * set up to trust them: the demo root, and the last certificate of every organisation seal in
 * service's chain (see {@link PortalTrust} for how retired seals are treated). Personal
 * certificates are left out: any user may upload one, issued by a CA of their own making, and that
 * must not make the portal's verifier trust the CA. Nothing is cached: every call reads the seals,
 * so a retirement takes effect at the next verification.
 */
@ApplicationScoped
public class TrustAnchors {

  @Inject DemoAuthorities demoAuthorities;
  @Inject SealRepository seals;
  @Inject SealKeys sealKeys;

  /** The anchors, the test anchors and the retired seals' certificates, read together. */
  @Transactional
  public PortalTrust portalTrust() {
    return PortalTrust.of(
        demoAuthorities.key(AuthorityRole.ROOT_CA).chain(),
        seals.all().stream().map(this::certificatesOf).toList());
  }

  @Transactional
  public List<X509Certificate> anchors() {
    return portalTrust().anchors();
  }

  /**
   * The anchors of test credentials, a subset of {@link #anchors()}: the demo root, and the last
   * certificate of every test seal's chain. What chains to them is a test seal, not to be relied
   * on.
   */
  @Transactional
  public List<X509Certificate> testAnchors() {
    return portalTrust().testAnchors();
  }

  private SealCertificates certificatesOf(Seal seal) {
    return new SealCertificates(
        seal.name(),
        sealKeys.chainOf(seal),
        seal.personal(),
        seal.test(),
        seal.retiredAt().orElse(null),
        seal.retirementReason().map(RetirementReason::keyCompromised).orElse(false));
  }

  public String pem() {
    StringBuilder pem = new StringBuilder();
    Base64.Encoder encoder = Base64.getMimeEncoder(64, new byte[] {'\n'});
    for (X509Certificate certificate : anchors()) {
      pem.append("# ").append(certificate.getSubjectX500Principal().getName()).append('\n');
      pem.append("-----BEGIN CERTIFICATE-----\n");
      pem.append(encoder.encodeToString(encoded(certificate))).append('\n');
      pem.append("-----END CERTIFICATE-----\n");
    }
    return pem.toString();
  }

  private static byte[] encoded(X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("A stored certificate cannot be encoded", e);
    }
  }
}
