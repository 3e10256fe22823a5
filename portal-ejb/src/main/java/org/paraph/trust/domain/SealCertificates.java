package org.paraph.trust.domain;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What trust needs to know of one seal, in service or retired: its certificate chain (its own
 * certificate first, the root or last certificate its holder gave last), whether it is a personal
 * certificate or a test seal, and for a retired one when and whether its key was compromised.
 *
 * @param name the name the seal had in service, for the reports
 * @param retiredAt when it was retired; {@code null} while in service
 * @param keyCompromised whether it was retired because its key was compromised
 */
public record SealCertificates(
    String name,
    List<X509Certificate> chain,
    boolean personal,
    boolean test,
    Instant retiredAt,
    boolean keyCompromised) {

  public SealCertificates {
    Objects.requireNonNull(name, "name");
    chain = List.copyOf(chain);
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("A seal has at least its own certificate");
    }
  }

  public boolean inService() {
    return retiredAt == null;
  }

  public X509Certificate certificate() {
    return chain.get(0);
  }

  /** The end of its chain: the root, or the last certificate its holder gave. */
  public X509Certificate root() {
    return chain.get(chain.size() - 1);
  }

  public Optional<Instant> retired() {
    return Optional.ofNullable(retiredAt);
  }
}
