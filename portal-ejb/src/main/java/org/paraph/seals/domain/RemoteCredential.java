package org.paraph.seals.domain;

/** A key held by a remote trust service, reached over the CSC API v2. */
public interface RemoteCredential extends SigningCredential {

  /** The id of the credential at the service (the one it chose when none was named). */
  String credentialId();
}
