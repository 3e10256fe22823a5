package org.paraph.verification.domain;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.paraph.trust.domain.RetiredCertificate;

/**
 * What the portal itself trusts at the moment of one verification: its anchors and the operator's,
 * which of them are test anchors, the certificates of its retired seals, and the CRLs it publishes.
 * The EU trusted lists and what is fetched online are the validator's own business.
 *
 * @param anchors the certificates trusted as the ends of chains
 * @param testAnchors those of {@code anchors} that are test anchors (e.g. the demo root): a
 *     signature chaining to one of them is reported as a test signature
 * @param retired the certificates of the portal's retired seals: those pinned are trusted
 *     themselves, those whose key was compromised count as revoked from their retirement
 * @param crlByUrl the DER CRL the portal publishes at a distribution point URL, if it is one of its
 *     own
 */
public record TrustMaterial(
    List<X509Certificate> anchors,
    List<X509Certificate> testAnchors,
    List<RetiredCertificate> retired,
    Function<String, Optional<byte[]>> crlByUrl) {

  public TrustMaterial {
    anchors = List.copyOf(anchors);
    testAnchors = List.copyOf(testAnchors);
    retired = List.copyOf(retired);
    Objects.requireNonNull(crlByUrl, "crlByUrl");
  }
}
