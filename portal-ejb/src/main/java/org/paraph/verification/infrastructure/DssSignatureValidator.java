package org.paraph.verification.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.paraph.shared.infrastructure.OutboundGuard;
import org.paraph.verification.application.OnlineValidationSettings;
import org.paraph.verification.domain.SignatureValidator;
import org.paraph.verification.domain.TrustMaterial;
import org.paraph.verification.domain.VerificationReport;

/**
 * The {@link SignatureValidator} of the portal: a {@link DssVerifier} per verification, made of the
 * trust material of that moment, the EU trusted lists as last loaded and, unless online validation
 * is switched off ({@link OnlineValidationSettings}), one {@link ValidationDataFetcher} for the
 * application, so that its cache serves every verification.
 */
@ApplicationScoped
public class DssSignatureValidator implements SignatureValidator {

  private static final Logger LOG = Logger.getLogger(DssSignatureValidator.class.getName());

  /** Long enough for a burst of verifications, short next to an OCSP answer's validity. */
  private static final Duration CACHE_TIME = Duration.ofMinutes(5);

  @Inject CurrentTrustedLists trustedLists;
  @Inject OnlineValidationSettings online;
  @Inject OutboundGuard guard;
  @Inject Clock clock;

  private ValidationDataFetcher fetcher;

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
        trustedLists.inUse(),
        fetcher(),
        clock,
        trust.retired());
  }

  /** The fetcher, or empty when the verifier is to fetch nothing. */
  private synchronized Optional<ValidationDataFetcher> fetcher() {
    if (!online.enabled()) {
      return Optional.empty();
    }
    if (fetcher == null) {
      fetcher =
          new ValidationDataFetcher(
              online.timeout(), ValidationDataFetcher.DEFAULT_MAX_BYTES, CACHE_TIME, guard, clock);
    }
    return Optional.of(fetcher);
  }

  @PreDestroy
  synchronized void close() {
    if (fetcher != null) {
      try {
        fetcher.close();
      } catch (IOException e) {
        LOG.log(Level.FINE, "The verifier's HTTP client did not close cleanly", e);
      }
    }
  }
}
