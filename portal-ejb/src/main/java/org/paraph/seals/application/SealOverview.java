package org.paraph.seals.application;

import java.util.List;
import java.util.UUID;
import org.paraph.seals.domain.CertificateReport;
import org.paraph.seals.domain.TokenUsage;

/**
 * A seal as the administration page lists it.
 *
 * @param usage how its credential has been used since the server started (for PKCS#11: the
 *     signatures and logins of each token); empty when it says nothing or is not open yet
 * @param owner the user name of the owner of a personal seal; empty for a seal of the organisation
 */
public record SealOverview(
    UUID id,
    String name,
    String organisationName,
    String credentialKind,
    boolean test,
    boolean organisationDefault,
    CertificateReport certificate,
    List<TokenUsage> usage,
    String owner,
    long storedBytes) {

  /** The documents its records keep, in megabytes (10^6 bytes), for people to read. */
  public double storedMegabytes() {
    return storedBytes / 1_000_000.0;
  }

  public boolean personal() {
    return !owner.isEmpty();
  }
}
