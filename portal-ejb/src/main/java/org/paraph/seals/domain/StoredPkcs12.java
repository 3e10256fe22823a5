package org.paraph.seals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * A private key and its certificate chain as the portal stores them: a PKCS#12 file, and its
 * password encrypted under the master key (never in clear). Once its seal is retired, only the
 * chain is left: the file and the password are erased.
 */
@Embeddable
public class StoredPkcs12 {

  @Column(name = "pkcs12")
  private byte[] pkcs12;

  @Column(name = "pkcs12_password")
  private String encryptedPassword;

  /** The chain of a retired seal, kept when the PKCS#12 file that held it is erased. */
  @Column(name = "pkcs12_chain")
  private byte[] retiredChain;

  protected StoredPkcs12() {}

  public StoredPkcs12(byte[] pkcs12, String encryptedPassword) {
    this.pkcs12 = pkcs12.clone();
    this.encryptedPassword = encryptedPassword;
  }

  /** The PKCS#12 file; callers check first that the seal is not retired (its file is erased). */
  public byte[] pkcs12() {
    if (pkcs12 == null) {
      throw new IllegalStateException("the PKCS#12 file of a retired seal is erased");
    }
    return pkcs12.clone();
  }

  /** The chain kept once the key was erased; empty while the key is there to read it from. */
  public Optional<List<X509Certificate>> retiredChain() {
    return Optional.ofNullable(retiredChain).map(CertificateChain::decode);
  }

  /** Erases the key and its password, keeping the certificate chain for history. */
  void erase(List<X509Certificate> chain) {
    retiredChain = CertificateChain.encode(chain);
    pkcs12 = null;
    encryptedPassword = null;
  }

  public String encryptedPassword() {
    return encryptedPassword;
  }
}
