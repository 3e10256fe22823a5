package org.paraph.verification.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One piece of revocation data the verifier used for a signer's certificate.
 *
 * @param type {@code CRL} or {@code OCSP}
 * @param host the host of the address it came from (the CRL distribution point, the OCSP
 *     responder); {@code null} when it was carried without an address
 * @param origin where the verifier found it
 * @param status {@code GOOD}, {@code REVOKED} or {@code UNKNOWN}, as this data says
 * @param revokedAt when the certificate was revoked, if it was
 */
public record RevocationSource(
    String type, String host, Origin origin, String status, Instant revokedAt) {

  /** Where the revocation data came from. */
  public enum Origin {
    /** Fetched from its address during this verification (or within the last few minutes). */
    FETCHED,
    /** Issued by this portal for its own demo CA, read without the network. */
    PORTAL,
    /** Carried in the signed document (PAdES B-LT and B-LTA). */
    DOCUMENT
  }

  public RevocationSource {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(status, "status");
  }

  public boolean revoked() {
    return "REVOKED".equals(status);
  }
}
