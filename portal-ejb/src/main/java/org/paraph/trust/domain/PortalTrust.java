package org.paraph.trust.domain;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the portal vouches for, computed from its seals: the anchors it publishes and its verifier
 * trusts, and how the verifier treats the certificates of retired seals.
 *
 * <ul>
 *   <li>An anchor is the demo root, or the end of the chain of an organisation seal <em>in
 *       service</em>. Roots are shared (the demo root, a CA with several seals): a root stays while
 *       any seal in service chains to it, and leaves with the last one. Personal certificates never
 *       make an anchor: any user may upload one from a CA of their own making.
 *   <li>A retired organisation seal whose root is no longer an anchor has its own certificate
 *       pinned: the verifier trusts that certificate alone, so that the documents it sealed keep
 *       verifying, while nothing else its former root issues is trusted any more.
 *   <li>A seal retired because its key was compromised counts as revoked from its retirement,
 *       whatever its chain: see {@link RetiredCertificate#keyCompromised()}.
 * </ul>
 */
public final class PortalTrust {

  private final List<X509Certificate> anchors;
  private final List<X509Certificate> testAnchors;
  private final List<RetiredCertificate> retired;

  private PortalTrust(
      List<X509Certificate> anchors,
      List<X509Certificate> testAnchors,
      List<RetiredCertificate> retired) {
    this.anchors = List.copyOf(anchors);
    this.testAnchors = List.copyOf(testAnchors);
    this.retired = List.copyOf(retired);
  }

  /**
   * @param demoChain the demo CA's chain, whose end is always an anchor and a test anchor
   * @param seals every seal, in service or retired
   */
  public static PortalTrust of(List<X509Certificate> demoChain, List<SealCertificates> seals) {
    X509Certificate demoRoot = demoChain.get(demoChain.size() - 1);
    Map<String, X509Certificate> anchors = new LinkedHashMap<>();
    Map<String, X509Certificate> testAnchors = new LinkedHashMap<>();
    anchors.putIfAbsent(key(demoRoot), demoRoot);
    testAnchors.putIfAbsent(key(demoRoot), demoRoot);
    for (SealCertificates seal : seals) {
      if (seal.inService() && !seal.personal()) {
        anchors.putIfAbsent(key(seal.root()), seal.root());
        if (seal.test()) {
          testAnchors.putIfAbsent(key(seal.root()), seal.root());
        }
      }
    }
    Set<String> anchorKeys = anchors.keySet();
    List<RetiredCertificate> retired = new ArrayList<>();
    for (SealCertificates seal : seals) {
      if (seal.inService()) {
        continue;
      }
      boolean pinned =
          !seal.personal()
              && seal.chain().stream().map(PortalTrust::key).noneMatch(anchorKeys::contains);
      retired.add(
          new RetiredCertificate(
              seal.name(),
              seal.certificate(),
              seal.retiredAt(),
              seal.keyCompromised(),
              pinned,
              seal.test()));
    }
    return new PortalTrust(
        List.copyOf(anchors.values()), List.copyOf(testAnchors.values()), retired);
  }

  /** The anchors published in {@code /api/v1/trust/anchors} and trusted by the verifier. */
  public List<X509Certificate> anchors() {
    return anchors;
  }

  /** Those of {@link #anchors()} that are test anchors: what chains to them is a test seal. */
  public List<X509Certificate> testAnchors() {
    return testAnchors;
  }

  /** The own certificate of every retired seal, organisation's and personal. */
  public List<RetiredCertificate> retired() {
    return retired;
  }

  /** The same certificate may come in several chains: one entry per subject and key. */
  private static String key(X509Certificate certificate) {
    return certificate.getSubjectX500Principal().getName()
        + "/"
        + Base64.getEncoder().encodeToString(certificate.getPublicKey().getEncoded());
  }

  @Override
  public String toString() {
    return "PortalTrust[anchors="
        + anchors.stream()
            .map(anchor -> anchor.getSubjectX500Principal().getName())
            .collect(Collectors.joining("; "))
        + ", retired="
        + retired.size()
        + "]";
  }
}
