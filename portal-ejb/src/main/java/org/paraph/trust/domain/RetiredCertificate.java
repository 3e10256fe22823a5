package org.paraph.trust.domain;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Objects;

/**
 * The own certificate of a retired seal, as the verifier must treat it.
 *
 * @param sealName the name the seal had in service
 * @param certificate the seal's own certificate (not its CA's)
 * @param retiredAt when it was retired
 * @param keyCompromised whether its key was compromised: then it counts as revoked from {@code
 *     retiredAt}, and only a signature proven to exist before then (a timestamp) may pass
 * @param pinned whether the verifier trusts this certificate itself, because its root is no longer
 *     an anchor (no seal in service chains to it): what the seal made before keeps verifying, while
 *     whatever else that root issues is no longer trusted
 * @param test whether it was a test seal, so that what it made is still reported as TEST
 */
public record RetiredCertificate(
    String sealName,
    X509Certificate certificate,
    Instant retiredAt,
    boolean keyCompromised,
    boolean pinned,
    boolean test) {

  public RetiredCertificate {
    Objects.requireNonNull(sealName, "sealName");
    Objects.requireNonNull(certificate, "certificate");
    Objects.requireNonNull(retiredAt, "retiredAt");
  }
}
