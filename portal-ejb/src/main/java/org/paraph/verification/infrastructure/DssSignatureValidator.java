package org.paraph.verification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.paraph.verification.application.OnlineValidationSettings;
import org.paraph.verification.application.VerificationTrust;
import org.paraph.verification.domain.SignatureValidator;
import org.paraph.verification.domain.TrustMaterial;
import org.paraph.verification.domain.VerificationReport;

/**
 * The {@link SignatureValidator} of the portal: a {@link DssVerifier} per verification, made of the
 * trust material of that moment, the EU trusted lists as last loaded and the shared online fetcher.
 */
@ApplicationScoped
public class DssSignatureValidator implements SignatureValidator {

  @Inject VerificationTrust verificationTrust;
  @Inject OnlineValidationSettings online;
  @Inject Clock clock;

  @Override
  public VerificationReport validate(
      String fileName, byte[] file, byte[] detachedOriginal, String password, TrustMaterial trust) {
    return verifier(trust).verify(fileName, file, detachedOriginal, password);
  }

  @Override
  public String etsiValidationReport(
      String fileName, byte[] file, byte[] detachedOriginal, String password, TrustMaterial trust) {
    return verifier(trust).etsiValidationReport(fileName, file, detachedOriginal, password);
  }

  private DssVerifier verifier(TrustMaterial trust) {
    return new DssVerifier(
        trust.anchors(),
        trust.testAnchors(),
        trust.crlByUrl(),
        verificationTrust.trustedLists(),
        online.fetcher(),
        clock,
        trust.retired());
  }
}
