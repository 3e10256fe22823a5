package org.paraph.seals.domain;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What seals a document: a certificate chain, and something that signs with the matching private
 * key, wherever that key lives (in memory from a PKCS#12 file, in PKCS#11 tokens, at a remote trust
 * service). The sealers only ever need these two things, so the place of the key stays out of them.
 * Implementations are thread-safe.
 */
public interface SigningCredential {

  /** The signing certificate first, then its issuers up to (and usually including) the root. */
  List<X509Certificate> chain();

  /** The certificate of the key: the first of the chain. */
  default X509Certificate signingCertificate() {
    return chain().get(0);
  }

  /**
   * Signs {@code data} (hashing it as the algorithm says).
   *
   * @param jcaAlgorithm the JCA name of the signature algorithm, e.g. {@code SHA256withRSA} or
   *     {@code SHA256withECDSA}
   * @throws SealingFailedException when the key cannot sign
   * @throws HsmUnavailableException when the token holding the key cannot be reached
   * @throws RemoteCredentialException when the remote trust service fails or refuses
   */
  byte[] sign(String jcaAlgorithm, byte[] data);

  /**
   * How the credential's tokens have been used, for an administrator; empty when it has no tokens
   * of its own to tell about.
   */
  default List<TokenUsage> usage() {
    return List.of();
  }
}
