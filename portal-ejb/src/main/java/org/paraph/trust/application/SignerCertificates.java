package org.paraph.trust.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.paraph.seals.domain.SealingKey;
import org.paraph.shared.application.PortalConfig;
import org.paraph.trust.domain.AuthorityRole;
import org.paraph.trust.domain.CertificateIssuer;

/**
 * The portal's signer CA: issues each workflow participant a certificate for one signature, in
 * their name, so that the signature names its signer. The signer CA is issued by the demo root and
 * publishes its own CRL; its certificates say TEST like everything else of the demo setup.
 */
@ApplicationScoped
public class SignerCertificates {

  @Inject DemoAuthorities authorities;
  @Inject PortalConfig config;
  @Inject CertificateIssuer issuer;
  @Inject Clock clock;

  /** A fresh key and certificate for this person; the key is used once and never stored. */
  public SealingKey issue(String fullName, String email) {
    return issuer.oneTimeSigner(
        authorities.key(AuthorityRole.SIGNER_CA),
        fullName,
        email,
        config.baseUrl(),
        clock.instant());
  }

  /** Whether the signer CA is a test one: its signatures are then marked as test. */
  public boolean test() {
    return true;
  }
}
