package org.paraph.seals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * An electronic seal of the organisation: the certificate and key that seal documents, and how its
 * annotation names the organisation. The PKCS#12 password is stored encrypted under the master key;
 * a test seal (such as the demo seal created on first start) is marked as such everywhere.
 */
@Entity
@Table(name = "seal")
@NamedQuery(
    name = Seal.ORGANISATION_DEFAULT,
    query = "select s from Seal s where s.organisationDefault = true")
@NamedQuery(name = Seal.BY_NAME, query = "select s from Seal s where s.name = :name")
@NamedQuery(name = Seal.ALL, query = "select s from Seal s order by s.name")
public class Seal {

  public static final String ORGANISATION_DEFAULT = "Seal.organisationDefault";
  public static final String BY_NAME = "Seal.byName";
  public static final String ALL = "Seal.all";

  @Id private UUID id;

  @Column(nullable = false, unique = true)
  private String name;

  @Column(name = "organisation_name", nullable = false)
  private String organisationName;

  @Enumerated(EnumType.STRING)
  @Column(name = "credential_kind", nullable = false)
  private CredentialKind credentialKind;

  @Embedded private StoredPkcs12 credential;

  @Column(nullable = false)
  private boolean test;

  @Column(name = "organisation_default", nullable = false)
  private boolean organisationDefault;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Seal() {}

  public Seal(
      String name,
      String organisationName,
      StoredPkcs12 credential,
      boolean test,
      boolean organisationDefault,
      Instant now) {
    this.id = UUID.randomUUID();
    this.name = name;
    this.organisationName = organisationName;
    this.credentialKind = CredentialKind.PKCS12;
    this.credential = credential;
    this.test = test;
    this.organisationDefault = organisationDefault;
    this.createdAt = now;
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String organisationName() {
    return organisationName;
  }

  public CredentialKind credentialKind() {
    return credentialKind;
  }

  public StoredPkcs12 credential() {
    return credential;
  }

  public boolean test() {
    return test;
  }

  public boolean organisationDefault() {
    return organisationDefault;
  }

  /** Another seal became the organisation's default. */
  public void stopBeingOrganisationDefault() {
    organisationDefault = false;
  }
}
