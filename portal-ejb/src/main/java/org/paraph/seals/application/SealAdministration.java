package org.paraph.seals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.paraph.audit.application.AuditLog;
import org.paraph.audit.domain.AuditAction;
import org.paraph.seals.domain.CertificateReport;
import org.paraph.seals.domain.InvalidSealOptionException;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealNameTakenException;
import org.paraph.seals.domain.SealRepository;
import org.paraph.seals.domain.SealingKey;
import org.paraph.shared.domain.Actor;
import org.paraph.trust.infrastructure.Pkcs12;

/**
 * Administrators register the organisation's seals and see what their certificates are worth.
 * Registering is a configuration change: it is audited with the person who made it.
 */
@ApplicationScoped
public class SealAdministration {

  @Inject SealRepository seals;
  @Inject SealKeys sealKeys;
  @Inject AuditLog auditLog;
  @Inject Clock clock;

  /** Every seal with its certificate's report, by name. */
  @Transactional
  public List<SealOverview> overview() {
    return seals.all().stream()
        .map(
            seal ->
                new SealOverview(
                    seal.id(),
                    seal.name(),
                    seal.organisationName(),
                    seal.credentialKind().name(),
                    seal.test(),
                    seal.organisationDefault(),
                    CertificateReport.of(
                        sealKeys.keyOf(seal).signingCertificate(), clock.instant())))
        .toList();
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
    String name = registration.name() == null ? "" : registration.name().strip();
    if (name.isEmpty() || name.length() > 200) {
      throw InvalidSealOptionException.invalidName("A seal needs a name of 1 to 200 characters");
    }
    if (seals.findByName(name).isPresent()) {
      throw new SealNameTakenException(name);
    }
    SealingKey key = Pkcs12.read(registration.pkcs12(), registration.password());
    String organisation =
        registration.organisationName() == null || registration.organisationName().isBlank()
            ? organisationOf(key)
            : registration.organisationName().strip();
    if (registration.organisationDefault()) {
      seals.organisationDefault().ifPresent(Seal::stopBeingOrganisationDefault);
    }
    Seal seal =
        new Seal(
            name,
            organisation,
            sealKeys.store(key, "seal"),
            registration.test(),
            registration.organisationDefault(),
            clock.instant());
    seals.add(seal);
    CertificateReport report = CertificateReport.of(key.signingCertificate(), clock.instant());
    auditLog.record(
        actor,
        AuditAction.SEAL_CREATED,
        name,
        (registration.test() ? "test seal " : "seal ")
            + report.subject()
            + " issued by "
            + report.issuer()
            + (registration.organisationDefault() ? ", now the organisation seal" : ""));
    return new SealOverview(
        seal.id(),
        name,
        organisation,
        seal.credentialKind().name(),
        seal.test(),
        seal.organisationDefault(),
        report);
  }

  /** The O= of the certificate, else its whole subject: what the annotation names by default. */
  private static String organisationOf(SealingKey key) {
    String subject = key.signingCertificate().getSubjectX500Principal().getName();
    for (String part : subject.split(",")) {
      String trimmed = part.strip();
      if (trimmed.startsWith("O=")) {
        return trimmed.substring(2);
      }
    }
    return subject;
  }
}
