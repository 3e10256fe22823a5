package org.paraph.seals.infrastructure;

/**
 * What every sealer takes from the portal's own trust setup: its timestamp authority and the
 * revocation data for long-term levels, both used in-process. (A seal that called the portal's own
 * TSA or CRL over HTTP would hold a request thread while waiting for another one, and deadlock
 * under load.)
 *
 * <p>A port that {@code trust} implements, so that {@code trust} depends on {@code seals} and not
 * the other way round. It lives here rather than in {@code seals.domain} because what it gives are
 * DSS sources, which the domain does not know.
 */
public interface PortalSealingSources {

  /** The portal's own timestamp authority, reached in-process. */
  CertifiedTspSource timestamps();

  /** The portal's root as trust anchor, and its CRLs in-process (others' over HTTP). */
  LongTermValidationSources longTermValidation();
}
