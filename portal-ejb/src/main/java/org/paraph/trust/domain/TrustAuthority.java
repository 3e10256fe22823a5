package org.paraph.trust.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.paraph.seals.domain.StoredPkcs12;

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

  @Embedded private StoredPkcs12 credential;

  @Column(nullable = false)
  private boolean test;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected TrustAuthority() {}

  public TrustAuthority(AuthorityRole role, StoredPkcs12 credential, boolean test, Instant now) {
    this.role = role;
    this.credential = credential;
    this.test = test;
    this.createdAt = now;
  }

  public AuthorityRole role() {
    return role;
  }

  public StoredPkcs12 credential() {
    return credential;
  }

  public boolean test() {
    return test;
  }
}
