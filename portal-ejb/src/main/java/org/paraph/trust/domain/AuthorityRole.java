package org.paraph.trust.domain;

/** The authorities of the portal's own trust setup. */
public enum AuthorityRole {
  /** Issues the demo seal, the timestamp authority's certificate and the CRL. */
  ROOT_CA,
  /** Answers RFC 3161 timestamp requests. */
  TIMESTAMP_AUTHORITY,
  /** Issued by the root; issues the workflow participants' one-time certificates and their CRL. */
  SIGNER_CA
}
