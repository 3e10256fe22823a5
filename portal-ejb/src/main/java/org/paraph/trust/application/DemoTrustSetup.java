package org.paraph.trust.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;
import org.paraph.audit.application.AuditLog;
import org.paraph.audit.domain.AuditAction;
import org.paraph.seals.application.SealKeys;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealRepository;
import org.paraph.seals.domain.SealingKey;
import org.paraph.shared.application.PortalConfig;
import org.paraph.shared.domain.Actor;
import org.paraph.trust.domain.AuthorityRole;
import org.paraph.trust.domain.TrustAuthority;
import org.paraph.trust.domain.TrustAuthorityRepository;
import org.paraph.trust.infrastructure.DemoPki;
import org.paraph.trust.infrastructure.DemoPkiGenerator;

/**
 * Creates, on first start, the demo trust setup, every part of it marked as test: a root CA, the
 * organisation's demo seal, and a timestamp authority. Later starts find it in the database and
 * keep using the same keys.
 */
@ApplicationScoped
public class DemoTrustSetup {

  private static final Logger LOG = Logger.getLogger(DemoTrustSetup.class.getName());
  static final String DEMO_SEAL_NAME = "demo";

  @Inject TrustAuthorityRepository authorities;
  @Inject SealRepository seals;
  @Inject SealKeys sealKeys;
  @Inject AuditLog auditLog;
  @Inject PortalConfig config;
  @Inject Clock clock;

  @Transactional
  public void createIfMissing() {
    if (authorities.find(AuthorityRole.ROOT_CA).isPresent()) {
      return;
    }
    String organisation = config.organisationName();
    DemoPki pki = new DemoPkiGenerator().generate(organisation, config.baseUrl(), clock.instant());
    authorities.add(authority(AuthorityRole.ROOT_CA, pki.root(), "demo-root"));
    authorities.add(
        authority(AuthorityRole.TIMESTAMP_AUTHORITY, pki.timestampAuthority(), "demo-tsa"));

    Seal seal =
        new Seal(
            DEMO_SEAL_NAME,
            organisation,
            sealKeys.store(pki.seal(), "seal"),
            true,
            true,
            clock.instant());
    seals.add(seal);

    auditLog.record(
        Actor.SYSTEM,
        AuditAction.TRUST_SETUP_CREATED,
        "demo root CA, timestamp authority",
        "root " + pki.root().signingCertificate().getSubjectX500Principal().getName());
    auditLog.record(
        Actor.SYSTEM,
        AuditAction.SEAL_CREATED,
        DEMO_SEAL_NAME,
        "test seal " + pki.seal().signingCertificate().getSubjectX500Principal().getName());
    LOG.info(
        "Created the demo trust setup (TEST) and the demo organisation seal '"
            + DEMO_SEAL_NAME
            + "'");
  }

  private TrustAuthority authority(AuthorityRole role, SealingKey key, String alias) {
    return new TrustAuthority(role, sealKeys.store(key, alias), true, clock.instant());
  }
}
