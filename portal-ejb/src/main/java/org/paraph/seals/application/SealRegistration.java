package org.paraph.seals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.paraph.audit.application.AuditFlag;
import org.paraph.audit.application.AuditLog;
import org.paraph.audit.application.CodedDetails;
import org.paraph.audit.domain.AuditAction;
import org.paraph.audit.domain.AuditDetailCodes;
import org.paraph.identity.domain.InvalidUserException;
import org.paraph.identity.domain.User;
import org.paraph.identity.domain.UserRepository;
import org.paraph.seals.domain.CertificateReport;
import org.paraph.seals.domain.CertificateSubject;
import org.paraph.seals.domain.InvalidCredentialException;
import org.paraph.seals.domain.InvalidSealOptionException;
import org.paraph.seals.domain.KeyStores;
import org.paraph.seals.domain.RemoteCredential;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealNameTakenException;
import org.paraph.seals.domain.SealRepository;
import org.paraph.seals.domain.SealingKey;
import org.paraph.seals.domain.StoredCsc;
import org.paraph.seals.domain.StoredPkcs11;
import org.paraph.seals.domain.TokenCredential;
import org.paraph.shared.application.Secrets;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.ProblemText;

/**
 * Administrators register the organisation's seals (PKCS#12 files, PKCS#11 tokens, remote CSC
 * credentials), and users or administrators personal certificates (PKCS#12). The credential is
 * opened at once, so that a wrong password, PIN or setting shows now; its secret is stored
 * encrypted. Registering is a configuration change: it is audited with the person who made it.
 */
@ApplicationScoped
public class SealRegistration {

  @Inject SealRepository seals;
  @Inject SealKeys sealKeys;
  @Inject KeyStores keyStores;
  @Inject Secrets secrets;
  @Inject AuditLog auditLog;
  @Inject Clock clock;
  @Inject UserRepository users;

  /**
   * Registers a personal certificate from a PKCS#12 file: a seal that only {@code owner} may use,
   * whose annotation names the certificate's holder (its CN) unless a name is given. Stored as
   * organisation seals are (the uploaded password is not kept). Users register their own from their
   * profile; administrators, anyone's from the seals page.
   *
   * @throws org.paraph.seals.domain.InvalidCredentialException when the file is not a PKCS#12 or
   *     the password is wrong
   * @throws org.paraph.identity.domain.InvalidUserException when there is no such user, or they are
   *     disabled
   */
  @Transactional
  public SealOverview registerPersonalPkcs12(
      Actor actor, String owner, Pkcs12Registration registration) {
    User user =
        users
            .findByUsername(owner == null ? "" : owner)
            .filter(User::enabled)
            .orElseThrow(() -> InvalidUserException.notFound(owner));
    if (registration.organisationDefault()) {
      throw InvalidSealOptionException.personalOrganisationSeal();
    }
    String name = requireFreeName(registration.name());
    SealingKey key = keyStores.readPkcs12(registration.pkcs12(), registration.password());
    String holder =
        registration.organisationName() == null || registration.organisationName().isBlank()
            ? holderOf(key.chain().get(0))
            : registration.organisationName().strip();
    Seal seal =
        Seal.personal(
            name,
            holder,
            sealKeys.store(key, "personal"),
            user.username(),
            registration.test(),
            clock.instant());
    return added(actor, seal, key.chain(), AuditDetailCodes.SEAL_CREATED_PERSONAL, user.username());
  }

  /**
   * Registers a seal whose key and chain are in a PKCS#12 file. The key is stored again under a
   * password of the portal's own, itself encrypted under the master key: the uploaded password is
   * not kept.
   *
   * @throws org.paraph.seals.domain.InvalidCredentialException when the file is not a PKCS#12 or
   *     the password is wrong
   */
  @Transactional
  public SealOverview registerPkcs12(Actor actor, Pkcs12Registration registration) {
    String name = requireFreeName(registration.name());
    SealingKey key = keyStores.readPkcs12(registration.pkcs12(), registration.password());
    String organisation = organisation(registration.organisationName(), key.chain());
    makeRoom(registration.organisationDefault());
    Seal seal =
        new Seal(
            name,
            organisation,
            sealKeys.store(key, "seal"),
            registration.test(),
            registration.organisationDefault(),
            clock.instant());
    return added(actor, seal, key.chain(), AuditDetailCodes.SEAL_CREATED);
  }

  /**
   * Registers a seal whose key is in PKCS#11 tokens: one slot, or several holding the same key and
   * certificate, used in parallel. The tokens are logged in to now, so that a wrong PIN, label or
   * slot shows at once; the PIN is stored encrypted under the master key.
   *
   * @throws org.paraph.seals.domain.InvalidCredentialException when a PIN is refused, the label is
   *     missing, or the tokens hold different certificates
   * @throws org.paraph.seals.domain.HsmUnavailableException when a token cannot be opened
   */
  @Transactional
  public SealOverview registerPkcs11(Actor actor, Pkcs11Registration registration) {
    String name = requireFreeName(registration.name());
    String library =
        required(
            registration.libraryPath(), ProblemText.of("problem.invalid-seal-name.library-path"));
    String label =
        required(registration.keyLabel(), ProblemText.of("problem.invalid-seal-name.key-label"));
    List<Long> slots = registration.slots() == null ? List.of() : List.copyOf(registration.slots());
    if (slots.isEmpty() || slots.stream().anyMatch(slot -> slot < 0)) {
      throw InvalidSealOptionException.invalidName(
          ProblemText.of("problem.invalid-seal-name.slots"));
    }
    if (registration.pin() == null || registration.pin().isEmpty()) {
      throw InvalidSealOptionException.invalidName(ProblemText.of("problem.invalid-seal-name.pin"));
    }
    requireSamePinAsOtherSeals(library, slots, registration.pin());
    StoredPkcs11 unverified =
        new StoredPkcs11(library, slots, label, secrets.encrypt(registration.pin()), List.of());
    TokenCredential pool = sealKeys.open(unverified);
    try {
      String organisation = organisation(registration.organisationName(), pool.chain());
      makeRoom(registration.organisationDefault());
      Seal seal =
          Seal.pkcs11(
              name,
              organisation,
              new StoredPkcs11(library, slots, label, unverified.encryptedPin(), pool.chain()),
              registration.test(),
              registration.organisationDefault(),
              clock.instant());
      SealOverview overview =
          added(
              actor,
              seal,
              pool.chain(),
              AuditDetailCodes.SEAL_CREATED_PKCS11,
              String.valueOf(slots.size()),
              slotList(slots));
      sealKeys.adopt(seal, pool);
      return overview;
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
  }

  /**
   * Registers a seal whose key is a remote credential reached over the CSC API v2. The service is
   * asked now (OAuth2 token, the credential's certificate chain), so that wrong settings show at
   * once; the client secret is stored encrypted under the master key.
   *
   * @throws org.paraph.seals.domain.InvalidCredentialException when the service refuses the client
   *     or does not know the credential
   * @throws org.paraph.seals.domain.RemoteCredentialException when it cannot be reached
   */
  @Transactional
  public SealOverview registerCsc(Actor actor, CscRegistration registration) {
    String name = requireFreeName(registration.name());
    String baseUrl =
        required(registration.baseUrl(), ProblemText.of("problem.invalid-seal-name.base-url"))
            .strip();
    if (!baseUrl.startsWith("https://") && !baseUrl.startsWith("http://")) {
      throw InvalidSealOptionException.invalidName(
          ProblemText.of("problem.invalid-seal-name.csc-url"));
    }
    String clientId =
        required(registration.clientId(), ProblemText.of("problem.invalid-seal-name.client-id"));
    String secret =
        required(
            registration.clientSecret(), ProblemText.of("problem.invalid-seal-name.client-secret"));
    String credentialId =
        registration.credentialId() == null ? "" : registration.credentialId().strip();
    StoredCsc unverified =
        new StoredCsc(baseUrl, clientId, secrets.encrypt(secret), credentialId, List.of());
    RemoteCredential credential = sealKeys.open(unverified);
    String organisation = organisation(registration.organisationName(), credential.chain());
    makeRoom(registration.organisationDefault());
    Seal seal =
        Seal.csc(
            name,
            organisation,
            new StoredCsc(
                baseUrl,
                clientId,
                unverified.encryptedClientSecret(),
                credential.credentialId(),
                credential.chain()),
            registration.test(),
            registration.organisationDefault(),
            clock.instant());
    SealOverview overview =
        added(
            actor,
            seal,
            credential.chain(),
            AuditDetailCodes.SEAL_CREATED_CSC,
            String.valueOf(baseUrl),
            credential.credentialId());
    sealKeys.adopt(seal, credential);
    return overview;
  }

  /**
   * A token checks the PIN only at its first login, and a login is the token's, shared by every
   * session of the process: once another seal on the same slot is logged in, any PIN would pass. So
   * a PIN is compared with the one of the seals already on these slots.
   */
  private void requireSamePinAsOtherSeals(String library, List<Long> slots, String pin) {
    for (Seal other : seals.inService()) {
      StoredPkcs11 stored = other.pkcs11();
      if (stored == null
          || !stored.libraryPath().equals(library)
          || stored.slots().stream().noneMatch(slots::contains)) {
        continue;
      }
      if (!secrets.decrypt(stored.encryptedPin()).equals(pin)) {
        throw new InvalidCredentialException(
            ProblemText.of(
                "problem.invalid-credential.pin-of-other-seal",
                stored.slots().stream().filter(slots::contains).findFirst().orElseThrow(),
                other.name()));
      }
    }
  }

  private String requireFreeName(String requested) {
    String name = requested == null ? "" : requested.strip();
    if (name.isEmpty() || name.length() > 200) {
      throw InvalidSealOptionException.invalidName(
          ProblemText.of("problem.invalid-seal-name", 200));
    }
    if (seals.findByName(name).isPresent()) {
      throw new SealNameTakenException(name);
    }
    return name;
  }

  private static String required(String value, ProblemText what) {
    if (value == null || value.isBlank()) {
      throw InvalidSealOptionException.invalidName(
          ProblemText.of("problem.invalid-seal-name.give", what));
    }
    return value.strip();
  }

  private void makeRoom(boolean organisationDefault) {
    if (organisationDefault) {
      seals.organisationDefault().ifPresent(Seal::stopBeingOrganisationDefault);
    }
  }

  /**
   * @param code how the audit says where the key is ({@code AuditDetailCodes.SEAL_CREATED...})
   * @param whereTheKeyIs that code's own parameters, between the issuer and the organisation flag
   */
  private SealOverview added(
      Actor actor, Seal seal, List<X509Certificate> chain, String code, String... whereTheKeyIs) {
    seals.add(seal);
    CertificateReport report = CertificateReport.of(chain.get(0), clock.instant());
    auditLog.record(
        actor,
        AuditAction.SEAL_CREATED,
        seal.name(),
        CodedDetails.of(
                code,
                Stream.of(
                        Stream.of(AuditFlag.of(seal.test()), report.subject(), report.issuer()),
                        Stream.of(whereTheKeyIs),
                        Stream.of(AuditFlag.of(seal.organisationDefault())))
                    .flatMap(part -> part)
                    .toArray(String[]::new))
            .stored());
    return new SealOverview(
        seal.id(),
        seal.name(),
        seal.organisationName(),
        seal.credentialKind().name(),
        seal.test(),
        seal.organisationDefault(),
        report,
        List.of(),
        seal.owner().orElse(""),
        // A seal just registered has sealed nothing yet.
        0);
  }

  private static String organisation(String requested, List<X509Certificate> chain) {
    return requested == null || requested.isBlank()
        ? organisationOf(chain.get(0))
        : requested.strip();
  }

  private static String slotList(List<Long> slots) {
    return slots.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  /** The CN= of a person's certificate, else its whole subject: who the annotation names. */
  private static String holderOf(X509Certificate certificate) {
    CertificateSubject subject = CertificateSubject.of(certificate);
    return subject.commonName().orElse(subject.toString());
  }

  /** The O= of the certificate, else its whole subject: what the annotation names by default. */
  private static String organisationOf(X509Certificate certificate) {
    CertificateSubject subject = CertificateSubject.of(certificate);
    return subject.organisation().orElse(subject.toString());
  }
}
