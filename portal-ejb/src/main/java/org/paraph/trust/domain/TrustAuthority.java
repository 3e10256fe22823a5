package org.paraph.trust.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Key material of one authority of the portal's own trust setup, kept so that a restart uses the
 * same keys. The PKCS#12 password is stored encrypted under the master key.
 */
@Entity
@Table(name = "trust_authority")
public class TrustAuthority {

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "authority_role")
  private AuthorityRole role;

  @Column(nullable = false)
  private byte[] pkcs12;

  @Column(name = "pkcs12_password", nullable = false)
  private String encryptedPkcs12Password;

  @Column(nullable = false)
  private boolean test;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected TrustAuthority() {}

  public TrustAuthority(
      AuthorityRole role,
      byte[] pkcs12,
      String encryptedPkcs12Password,
      boolean test,
      Instant now) {
    this.role = role;
    this.pkcs12 = pkcs12.clone();
    this.encryptedPkcs12Password = encryptedPkcs12Password;
    this.test = test;
    this.createdAt = now;
  }

  public AuthorityRole role() {
    return role;
  }

  public byte[] pkcs12() {
    return pkcs12.clone();
  }

  public String encryptedPkcs12Password() {
    return encryptedPkcs12Password;
  }

  public boolean test() {
    return test;
  }
}
