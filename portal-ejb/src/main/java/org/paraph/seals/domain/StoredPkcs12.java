package org.paraph.seals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A private key and its certificate chain as the portal stores them: a PKCS#12 file, and its
 * password encrypted under the master key (never in clear).
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

  public byte[] pkcs12() {
    return pkcs12.clone();
  }

  public String encryptedPassword() {
    return encryptedPassword;
  }
}
