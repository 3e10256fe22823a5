package org.paraph.seals.domain;

/** Where a seal's private key lives. */
public enum CredentialKind {
  /** A PKCS#12 file stored by the portal, its password encrypted under the master key. */
  PKCS12,
  /** One or more tokens of an HSM or seal cards, reached through PKCS#11; the PIN is encrypted. */
  PKCS11,
  /** A remote credential at a trust service, reached over the Cloud Signature Consortium API v2. */
  CSC
}
