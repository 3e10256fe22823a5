package org.paraph.seals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.paraph.audit.application.AuditFlag;
import org.paraph.audit.application.AuditLog;
import org.paraph.audit.application.CodedDetails;
import org.paraph.audit.domain.AuditAction;
import org.paraph.audit.domain.AuditDetailCodes;
import org.paraph.identity.domain.User;
import org.paraph.identity.domain.UserRepository;
import org.paraph.seals.domain.RetirementReason;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealRepository;
import org.paraph.seals.domain.SealRetirementRefusedException;
import org.paraph.seals.domain.UnknownSealException;
import org.paraph.shared.domain.Actor;
import org.paraph.shared.domain.ActorKind;

/**
 * Takes seals and personal certificates out of service: administrators retire any seal but the
 * organisation seal, a user their own personal certificates. Audited with who retired it and why.
 */
@ApplicationScoped
public class SealRetirement {

  @Inject SealRepository seals;
  @Inject SealKeys sealKeys;
  @Inject AuditLog auditLog;
  @Inject Clock clock;
  @Inject UserRepository users;

  /**
   * Takes a seal out of service: it no longer seals, its secret is erased from the database (the
   * certificate stays, for history), its opened key is dropped, and its name is free for a new
   * seal. Audited with who retired it and the certificate's serial number. Administrators retire
   * any seal; a user, their own personal certificates.
   *
   * @param reference the seal's name, or its id
   * @param reason why: {@link RetirementReason#KEY_COMPROMISED} also makes the verifier treat its
   *     certificate as revoked from now on
   * @throws UnknownSealException when no seal in service has this name or id
   * @throws org.paraph.seals.domain.SealRetiredException when the id is of a seal retired already
   * @throws SealRetirementRefusedException when the caller may not retire it (403), or it is the
   *     organisation seal (409)
   */
  @Transactional
  public RetiredSeal retire(Actor actor, String reference, RetirementReason reason) {
    Seal seal = findInServiceOrById(reference);
    if (!mayRetire(actor, seal)) {
      // Someone else's personal certificate is no business of this user's, retired or not.
      throw SealRetirementRefusedException.notAllowed(seal.name(), actor.name());
    }
    List<X509Certificate> chain = sealKeys.chainOf(seal);
    String name = seal.name();
    seal.retire(actor.name(), clock.instant(), chain, reason);
    sealKeys.forget(seal);
    X509Certificate certificate = chain.get(0);
    String serial = certificate.getSerialNumber().toString(16);
    auditLog.record(
        actor,
        AuditAction.SEAL_RETIRED,
        name,
        CodedDetails.of(
                retiredCode(reason),
                AuditFlag.of(seal.personal()),
                seal.owner().orElse(""),
                certificate.getSubjectX500Principal().getName(),
                serial,
                String.valueOf(seal.credentialKind()))
            .stored());
    return new RetiredSeal(
        seal.id(), name, seal.owner().orElse(""), serial, seal.retiredAt().orElseThrow(), reason);
  }

  private Seal findInServiceOrById(String reference) {
    String given = reference == null ? "" : reference.strip();
    return seals
        .findByName(given)
        .or(
            () -> {
              try {
                return seals.find(UUID.fromString(given));
              } catch (IllegalArgumentException e) {
                return Optional.<Seal>empty();
              }
            })
        .orElseThrow(() -> UnknownSealException.notFound(given));
  }

  private boolean mayRetire(Actor actor, Seal seal) {
    if (actor.kind() != ActorKind.USER) {
      return false;
    }
    boolean administrator = users.findByUsername(actor.name()).filter(User::isAdmin).isPresent();
    return administrator || seal.owner().filter(actor.name()::equals).isPresent();
  }

  /** One code per reason, so that each language words the reason in its sentence. */
  private static String retiredCode(RetirementReason reason) {
    return switch (reason) {
      case KEY_COMPROMISED -> AuditDetailCodes.SEAL_RETIRED_KEY_COMPROMISED;
      case CERTIFICATE_REPLACED -> AuditDetailCodes.SEAL_RETIRED_CERTIFICATE_REPLACED;
      case HOLDER_LEFT -> AuditDetailCodes.SEAL_RETIRED_HOLDER_LEFT;
      case OTHER -> AuditDetailCodes.SEAL_RETIRED_OTHER;
      case NOT_STATED -> AuditDetailCodes.SEAL_RETIRED_NOT_STATED;
    };
  }
}
