package org.paraph.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.paraph.documents.infrastructure.PdfInspector;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.infrastructure.LongTermValidationSources;
import org.paraph.seals.infrastructure.sealing.PadesSealer;
import org.paraph.trust.infrastructure.DemoCrlIssuer;
import org.paraph.trust.infrastructure.DemoPki;
import org.paraph.trust.infrastructure.DemoTimestampAuthority;
import org.paraph.trust.infrastructure.DemoTspSource;
import org.paraph.trust.infrastructure.LocalCrlSource;

/**
 * Seals made as another trust service provider would make them, with a PKI of its own: its seal,
 * its timestamp authority, and at B-LT its CRL embedded, so that a verifier has nothing to fetch.
 */
public final class ProviderSeals {

  private ProviderSeals() {}

  /** An invisible seal of the PDF, by the PKI's seal, at the level given. */
  public static byte[] seal(DemoPki pki, byte[] pdf, String organisation, SealLevel level) {
    byte[] crl = new DemoCrlIssuer().issue(pki.root(), Instant.now());
    PadesSealer sealer =
        new PadesSealer(
            new PdfInspector(),
            new LongTermValidationSources(
                List.of(pki.root().signingCertificate()),
                new LocalCrlSource(
                    url -> url.equals(pki.crlUrl()) ? Optional.of(crl) : Optional.empty())));
    DemoTspSource tsp =
        new DemoTspSource(
            new DemoTimestampAuthority(pki.timestampAuthority(), Clock.systemUTC()),
            pki.timestampAuthority().chain());
    return sealer.seal(
        pdf, pki.seal(), SealOptions.invisible(level, organisation, Instant.now()), tsp);
  }
}
