package org.paraph.seals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.ActorKind;
import org.paraph.shared.domain.ProblemText;

/**
 * An electronic seal of the organisation, or a personal certificate of one user (its owner, the
 * only one who may seal with it): the certificate and key that seal documents, and how its
 * annotation names the organisation. The key is in one place of three, as {@link CredentialKind}
 * says: a stored PKCS#12 file, PKCS#11 tokens, or a remote CSC credential; the one embeddable of
 * that kind is set, the others are null. Every secret (PKCS#12 password, PIN, client secret) is
 * stored encrypted under the master key; a test seal (such as the demo seal created on first start)
 * is marked as such everywhere.
 *
 * <p>A seal is retired, never deleted: its records and the documents it sealed still name it and
 * verify. Retiring erases its secret and frees its name for a new seal: the unique {@code name}
 * column then holds a key made of the seal's id, and the name it had moves to {@code retired_name}.
 * {@link #name()} stays the name people knew it by.
 */
@Entity
@Table(name = "seal")
@NamedQuery(
    name = Seal.ORGANISATION_DEFAULT,
    query = "select s from Seal s where s.organisationDefault = true")
@NamedQuery(name = Seal.BY_NAME, query = "select s from Seal s where s.name = :name")
@NamedQuery(name = Seal.ALL, query = "select s from Seal s order by s.name")
@NamedQuery(
    name = Seal.IN_SERVICE,
    query = "select s from Seal s where s.retiredAt is null order by s.name")
@NamedQuery(
    name = Seal.OWNED_BY,
    query =
        "select s from Seal s where s.ownerUsername = :owner and s.retiredAt is null"
            + " order by s.name")
@NamedQuery(
    name = Seal.RETIRED_NAMED,
    query = "select s from Seal s where s.retiredName = :name order by s.retiredAt desc")
public class Seal {

  public static final String ORGANISATION_DEFAULT = "Seal.organisationDefault";
  public static final String BY_NAME = "Seal.byName";
  public static final String ALL = "Seal.all";
  public static final String OWNED_BY = "Seal.ownedBy";
  public static final String IN_SERVICE = "Seal.inService";
  public static final String RETIRED_NAMED = "Seal.retiredNamed";

  /** What the unique name column holds for a retired seal: unique, and no name anyone gives. */
  private static final String RETIRED_KEY_PREFIX = "retired:";

  /** The length of its column. */
  public static final int MAX_ORGANISATION_NAME = 300;

  @Id private UUID id;

  @Column(nullable = false, unique = true)
  private String name;

  @Column(name = "organisation_name", nullable = false)
  private String organisationName;

  @Enumerated(EnumType.STRING)
  @Column(name = "credential_kind", nullable = false)
  private CredentialKind credentialKind;

  @Embedded private StoredPkcs12 credential;

  @Embedded private StoredPkcs11 pkcs11;

  @Embedded private StoredCsc csc;

  @Column(nullable = false)
  private boolean test;

  @Column(name = "organisation_default", nullable = false)
  private boolean organisationDefault;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** The user whose personal certificate this is; null for a seal of the organisation. */
  @Column(name = "owner_username")
  private String ownerUsername;

  @Embedded private SealAppearance appearance = new SealAppearance();

  @Embedded private SealPolicy policy = new SealPolicy();

  @Column(name = "retired_at")
  private Instant retiredAt;

  @Column(name = "retired_by")
  private String retiredBy;

  /** The name it had while in service; null until retired. */
  @Column(name = "retired_name")
  private String retiredName;

  /** Why it was retired; null while in service. */
  @Enumerated(EnumType.STRING)
  @Column(name = "retired_reason")
  private RetirementReason retiredReason;

  /** A retired PKCS#12 seal's chain, kept when the file that held it is erased. */
  @Column(name = "pkcs12_chain")
  private byte[] retiredChain;

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

  /**
   * A personal certificate of one user, stored as PKCS#12: only that user may seal with it, and it
   * is never the organisation seal.
   *
   * @param test whether its seals are test seals, as for the organisation's
   */
  public static Seal personal(
      String name,
      String personName,
      StoredPkcs12 credential,
      String ownerUsername,
      boolean test,
      Instant now) {
    Seal seal = new Seal(name, personName, credential, test, false, now);
    seal.ownerUsername = Objects.requireNonNull(ownerUsername, "ownerUsername");
    return seal;
  }

  /** A seal whose key is in PKCS#11 tokens. */
  public static Seal pkcs11(
      String name,
      String organisationName,
      StoredPkcs11 pkcs11,
      boolean test,
      boolean organisationDefault,
      Instant now) {
    Seal seal = new Seal(name, organisationName, null, test, organisationDefault, now);
    seal.credentialKind = CredentialKind.PKCS11;
    seal.pkcs11 = pkcs11;
    return seal;
  }

  /** A seal whose key is at a remote trust service, reached over the CSC API. */
  public static Seal csc(
      String name,
      String organisationName,
      StoredCsc csc,
      boolean test,
      boolean organisationDefault,
      Instant now) {
    Seal seal = new Seal(name, organisationName, null, test, organisationDefault, now);
    seal.credentialKind = CredentialKind.CSC;
    seal.csc = csc;
    return seal;
  }

  public UUID id() {
    return id;
  }

  /** Its name: the one requests used while it was in service, also once retired. */
  public String name() {
    return retiredName != null ? retiredName : name;
  }

  public String organisationName() {
    return organisationName;
  }

  public CredentialKind credentialKind() {
    return credentialKind;
  }

  /** The stored PKCS#12 of a {@link CredentialKind#PKCS12} seal; null for the other kinds. */
  public StoredPkcs12 credential() {
    return credential;
  }

  /** The tokens of a {@link CredentialKind#PKCS11} seal; null for the other kinds. */
  public StoredPkcs11 pkcs11() {
    return pkcs11;
  }

  /** The remote credential of a {@link CredentialKind#CSC} seal; null for the other kinds. */
  public StoredCsc csc() {
    return csc;
  }

  public boolean test() {
    return test;
  }

  public boolean organisationDefault() {
    return organisationDefault;
  }

  /** The user name of the owner of a personal seal; empty for a seal of the organisation. */
  public Optional<String> owner() {
    return Optional.ofNullable(ownerUsername);
  }

  public boolean personal() {
    return ownerUsername != null;
  }

  /**
   * Whether this person or process may seal with it: anyone allowed to seal may use a seal of the
   * organisation; a personal seal is its owner's alone, as a handwritten signature would be, so no
   * administrator, API client or process may apply it in the owner's name.
   */
  public boolean usableBy(Actor actor) {
    return ownerUsername == null
        || (actor.kind() == ActorKind.USER && ownerUsername.equals(actor.name()));
  }

  /**
   * @throws PersonalSealException when {@link #usableBy} says no
   */
  public void requireUsableBy(Actor actor) {
    if (!usableBy(actor)) {
      throw new PersonalSealException(name(), actor.name());
    }
  }

  /** How its annotation looks; never {@code null}. */
  public SealAppearance appearance() {
    return appearance == null ? new SealAppearance() : appearance;
  }

  /** Its default level and timestamp authorities; never {@code null}. */
  public SealPolicy policy() {
    return policy == null ? new SealPolicy() : policy;
  }

  /** An administrator changed the annotation, the default level or the timestamp authorities. */
  public void configure(
      String newOrganisationName, SealAppearance newAppearance, SealPolicy newPolicy) {
    if (newOrganisationName != null && !newOrganisationName.isBlank()) {
      String name = newOrganisationName.strip();
      if (name.length() > MAX_ORGANISATION_NAME) {
        throw InvalidSealSettingsException.tooLong(
            ProblemText.of("problem.setting-too-long.organisation-name"), MAX_ORGANISATION_NAME);
      }
      organisationName = name;
    }
    appearance = Objects.requireNonNull(newAppearance, "newAppearance");
    policy = Objects.requireNonNull(newPolicy, "newPolicy");
  }

  public boolean retired() {
    return retiredAt != null;
  }

  /**
   * The certificate chain kept when a PKCS#12 seal was retired; empty while in service (the chain
   * is in its file) and for the other kinds (they store theirs anyway).
   */
  public Optional<List<X509Certificate>> retiredChain() {
    return Optional.ofNullable(retiredChain).map(CertificateChain::decode);
  }

  /** When it was retired; empty while in service. */
  public Optional<Instant> retiredAt() {
    return Optional.ofNullable(retiredAt);
  }

  /** Who retired it; empty while in service. */
  public Optional<String> retiredBy() {
    return Optional.ofNullable(retiredBy);
  }

  /** Why it was retired; empty while in service. */
  public Optional<RetirementReason> retirementReason() {
    return retiredAt == null
        ? Optional.empty()
        : Optional.of(retiredReason == null ? RetirementReason.NOT_STATED : retiredReason);
  }

  /**
   * @throws SealRetiredException when it is retired
   */
  public void requireInService() {
    if (retiredAt != null) {
      throw new SealRetiredException(name(), retiredAt);
    }
  }

  /**
   * Takes the seal out of service: it no longer seals, its secret (PKCS#12 file and password,
   * PKCS#11 PIN, CSC client secret) is erased, and its name is free for another seal. What stays is
   * what history needs: its name, organisation and certificate chain.
   *
   * @param chain its certificate chain, kept for a PKCS#12 seal whose file is erased
   * @param reason why: {@link RetirementReason#KEY_COMPROMISED} makes the verifier treat its
   *     certificate as revoked from {@code now}
   * @throws SealRetiredException when it is retired already
   * @throws SealRetirementRefusedException when it is the organisation seal
   */
  public void retire(
      String retiredByName, Instant now, List<X509Certificate> chain, RetirementReason reason) {
    requireInService();
    if (organisationDefault) {
      throw SealRetirementRefusedException.organisationDefault(name);
    }
    switch (credentialKind) {
      case PKCS12 -> {
        retiredChain = CertificateChain.encode(chain);
        credential.erase();
      }
      case PKCS11 -> pkcs11.erasePin();
      case CSC -> csc.eraseClientSecret();
    }
    retiredName = name;
    name = RETIRED_KEY_PREFIX + id;
    retiredAt = Objects.requireNonNull(now, "now");
    retiredBy = Objects.requireNonNull(retiredByName, "retiredByName");
    retiredReason = Objects.requireNonNull(reason, "reason");
  }

  /** Another seal became the organisation's default. */
  public void stopBeingOrganisationDefault() {
    organisationDefault = false;
  }
}
