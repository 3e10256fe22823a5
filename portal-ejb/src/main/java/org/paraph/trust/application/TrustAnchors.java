package org.paraph.trust.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.paraph.seals.application.SealKeys;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealRepository;
import org.paraph.trust.domain.AuthorityRole;

/**
 * The certificates that the portal's own seals and timestamps chain to, so that a verifier can be
 * set up to trust them: the demo root, and the last certificate of every organisation seal's chain.
 * Personal certificates are left out: any user may upload one, issued by a CA of their own making,
 * and that must not make the portal's verifier trust the CA.
 */
@ApplicationScoped
public class TrustAnchors {

  @Inject DemoAuthorities demoAuthorities;
  @Inject SealRepository seals;
  @Inject SealKeys sealKeys;

  @Transactional
  public List<X509Certificate> anchors() {
    return collect(seal -> !seal.personal());
  }

  /**
   * The anchors of test credentials, a subset of {@link #anchors()}: the demo root, and the last
   * certificate of every test seal's chain. What chains to them is a test seal, not to be relied
   * on.
   */
  @Transactional
  public List<X509Certificate> testAnchors() {
    return collect(seal -> seal.test() && !seal.personal());
  }

  private List<X509Certificate> collect(Predicate<Seal> included) {
    Map<String, X509Certificate> bySubjectAndKey = new LinkedHashMap<>();
    add(bySubjectAndKey, demoAuthorities.key(AuthorityRole.ROOT_CA).chain());
    seals.all().stream()
        .filter(included)
        .forEach(seal -> add(bySubjectAndKey, sealKeys.chainOf(seal)));
    return List.copyOf(bySubjectAndKey.values());
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

  private static void add(Map<String, X509Certificate> anchors, List<X509Certificate> chain) {
    X509Certificate last = chain.get(chain.size() - 1);
    anchors.putIfAbsent(
        last.getSubjectX500Principal().getName()
            + "/"
            + Base64.getEncoder().encodeToString(last.getPublicKey().getEncoded()),
        last);
  }

  private static byte[] encoded(X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException("A stored certificate cannot be encoded", e);
    }
  }
}
