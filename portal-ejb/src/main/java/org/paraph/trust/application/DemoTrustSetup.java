package org.paraph.trust.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.logging.Logger;
import org.paraph.audit.application.AuditLog;
import org.paraph.audit.domain.AuditAction;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealRepository;
import org.paraph.seals.domain.SealingKey;
import org.paraph.shared.application.PortalConfig;
import org.paraph.shared.application.Secrets;
import org.paraph.shared.domain.Actor;
import org.paraph.trust.domain.AuthorityRole;
import org.paraph.trust.domain.TrustAuthority;
import org.paraph.trust.domain.TrustAuthorityRepository;
import org.paraph.trust.infrastructure.DemoPki;
import org.paraph.trust.infrastructure.DemoPkiGenerator;
import org.paraph.trust.infrastructure.Pkcs12;

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
  @Inject Secrets secrets;
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
    authorities.add(stored(AuthorityRole.ROOT_CA, pki.root(), "demo-root"));
    authorities.add(
        stored(AuthorityRole.TIMESTAMP_AUTHORITY, pki.timestampAuthority(), "demo-tsa"));

    String password = randomPassword();
    byte[] sealPkcs12 =
        Pkcs12.write(pki.seal().privateKey(), pki.seal().chain(), "seal", password.toCharArray());
    Seal seal =
        new Seal(
            DEMO_SEAL_NAME,
            organisation,
            sealPkcs12,
            secrets.encrypt(password),
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

  private TrustAuthority stored(AuthorityRole role, SealingKey key, String alias) {
    String password = randomPassword();
    byte[] pkcs12 = Pkcs12.write(key.privateKey(), key.chain(), alias, password.toCharArray());
    return new TrustAuthority(role, pkcs12, secrets.encrypt(password), true, clock.instant());
  }

  private static String randomPassword() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
