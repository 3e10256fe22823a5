package org.paraph.trust.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.paraph.audit.application.AuditLog;
import org.paraph.audit.application.CodedDetails;
import org.paraph.audit.domain.AuditAction;
import org.paraph.audit.domain.AuditDetailCodes;
import org.paraph.seals.application.SealKeys;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealRepository;
import org.paraph.seals.domain.SealingKey;
import org.paraph.shared.application.PortalConfig;
import org.paraph.shared.domain.Actor;
import org.paraph.trust.domain.AuthorityRole;
import org.paraph.trust.domain.CertificateIssuer;
import org.paraph.trust.domain.TrustAuthority;
import org.paraph.trust.domain.TrustAuthorityRepository;

/**
 * Creates, on first start, the demo trust setup, every part of it marked as test: a root CA, the
 * organisation's demo seal, a timestamp authority, and the signer CA that issues the workflow
 * participants' certificates. Later starts find it in the database and keep using the same keys; an
 * installation from before the signer CA gets it on its next start.
 */
@ApplicationScoped
public class DemoTrustSetup {

  private static final Logger LOG = Logger.getLogger(DemoTrustSetup.class.getName());
  static final String DEMO_SEAL_NAME = "demo";

  @Inject TrustAuthorityRepository authorities;
  @Inject SealRepository seals;
  @Inject SealKeys sealKeys;
  @Inject AuditLog auditLog;
  @Inject CertificateIssuer issuer;
  @Inject PortalConfig config;
  @Inject Clock clock;

  @Transactional
  public void createIfMissing() {
    if (authorities.find(AuthorityRole.ROOT_CA).isEmpty()) {
      createRootAndSeal();
    }
    if (authorities.find(AuthorityRole.SIGNER_CA).isEmpty()) {
      createSignerCa();
    }
  }

  private void createSignerCa() {
    TrustAuthority rootAuthority = authorities.find(AuthorityRole.ROOT_CA).orElseThrow();
    SealingKey root = sealKeys.open(rootAuthority.credential());
    SealingKey signerCa =
        issuer.signerCa(root, config.organisationName(), config.baseUrl(), clock.instant());
    authorities.add(authority(AuthorityRole.SIGNER_CA, signerCa, "signer-ca"));
    auditLog.record(
        Actor.SYSTEM,
        AuditAction.TRUST_SETUP_CREATED,
        "signer CA",
        CodedDetails.of(
                AuditDetailCodes.TRUST_SIGNER_CA,
                signerCa.signingCertificate().getSubjectX500Principal().getName(),
                root.signingCertificate().getSubjectX500Principal().getName())
            .stored());
    LOG.info("Created the signer CA (TEST) for workflow participants' certificates");
  }

  private void createRootAndSeal() {
    String organisation = config.organisationName();
    Instant issued = clock.instant();
    SealingKey root = issuer.root(organisation, issued);
    SealingKey demoSeal = issuer.seal(root, organisation, config.baseUrl(), issued);
    SealingKey timestampAuthority = issuer.timestampAuthority(root, config.baseUrl(), issued);
    authorities.add(authority(AuthorityRole.ROOT_CA, root, "demo-root"));
    authorities.add(authority(AuthorityRole.TIMESTAMP_AUTHORITY, timestampAuthority, "demo-tsa"));

    Seal seal =
        new Seal(
            DEMO_SEAL_NAME,
            organisation,
            sealKeys.store(demoSeal, "seal"),
            true,
            true,
            clock.instant());
    seals.add(seal);

    auditLog.record(
        Actor.SYSTEM,
        AuditAction.TRUST_SETUP_CREATED,
        "demo root CA, timestamp authority",
        CodedDetails.of(
                AuditDetailCodes.TRUST_ROOT,
                root.signingCertificate().getSubjectX500Principal().getName())
            .stored());
    auditLog.record(
        Actor.SYSTEM,
        AuditAction.SEAL_CREATED,
        DEMO_SEAL_NAME,
        CodedDetails.of(
                AuditDetailCodes.SEAL_CREATED_DEMO,
                demoSeal.signingCertificate().getSubjectX500Principal().getName())
            .stored());
    LOG.info(
        "Created the demo trust setup (TEST) and the demo organisation seal '"
            + DEMO_SEAL_NAME
            + "'");
  }

  private TrustAuthority authority(AuthorityRole role, SealingKey key, String alias) {
    return new TrustAuthority(role, sealKeys.store(key, alias), true, clock.instant());
  }
}
