package org.paraph.seals.domain;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A private key that seals, with its certificate chain.
 *
 * @param privateKey the key; may live in a token (PKCS#11) and not be extractable
 * @param chain the signing certificate first, then its issuers up to (and usually including) the
 *     root
 */
public record SealingKey(PrivateKey privateKey, List<X509Certificate> chain)
    implements SigningCredential {

  public SealingKey {
    Objects.requireNonNull(privateKey, "privateKey");
    chain = List.copyOf(chain);
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("a sealing key needs at least its own certificate");
    }
  }

  /** The certificate of this key: the first of the chain. */
  @Override
  public X509Certificate signingCertificate() {
    return chain.get(0);
  }

  /**
   * Signs with the JCA directly: works for software keys and for PKCS#11 keys alike, the provider
   * being chosen from the key.
   */
  @Override
  public byte[] sign(String jcaAlgorithm, byte[] data) {
    try {
      Signature signature = Signature.getInstance(jcaAlgorithm);
      signature.initSign(privateKey);
      signature.update(data);
      return signature.sign();
    } catch (GeneralSecurityException e) {
      throw SealingFailedException.failed("the sealing key could not sign (" + e + ")", e);
    }
  }
}
