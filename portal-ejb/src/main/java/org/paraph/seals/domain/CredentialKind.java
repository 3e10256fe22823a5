package org.paraph.seals.domain;

/** Where a seal's private key lives. */
public enum CredentialKind {
  /** A PKCS#12 file stored by the portal, its password encrypted under the master key. */
  PKCS12
}
