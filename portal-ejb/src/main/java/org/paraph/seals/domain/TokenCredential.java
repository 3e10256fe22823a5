package org.paraph.seals.domain;

/**
 * A key held by PKCS#11 tokens that have been logged in to: closing it logs out of them, after
 * which it signs no more.
 */
public interface TokenCredential extends SigningCredential, AutoCloseable {

  /** Logs out of the tokens; a token that is gone is left as it is. */
  @Override
  void close();
}
