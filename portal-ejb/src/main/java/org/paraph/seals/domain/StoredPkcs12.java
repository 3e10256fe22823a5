package org.paraph.seals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A private key and its certificate chain as the portal stores them: a PKCS#12 file, and its
 * password encrypted under the master key (never in clear). Once its seal is retired, the file and
 * the password are erased.
 */
@Embeddable
public class StoredPkcs12 {

  @Column(name = "pkcs12")
  private byte[] pkcs12;

  @Column(name = "pkcs12_password")
  private String encryptedPassword;

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

  /** Erases the key and its password: the seal is retired (it keeps its chain itself). */
  void erase() {
    pkcs12 = null;
    encryptedPassword = null;
  }

  public String encryptedPassword() {
    return encryptedPassword;
  }
}
