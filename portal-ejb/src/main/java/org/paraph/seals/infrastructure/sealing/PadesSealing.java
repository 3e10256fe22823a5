package org.paraph.seals.infrastructure.sealing;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.paraph.documents.infrastructure.PdfInspector;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.SigningCredential;
import org.paraph.seals.infrastructure.PortalSealingSources;
import org.paraph.seals.infrastructure.tsa.TimestampAuthorities;

/** PAdES sealing as the application uses it: DSS behind, the portal's own TSA and CRL. */
@ApplicationScoped
public class PadesSealing {

  @Inject PortalSealingSources sources;
  @Inject TimestampAuthorities timestamps;

  private PadesSealer sealer;

  @PostConstruct
  void createSealer() {
    sealer = new PadesSealer(new PdfInspector(), sources.longTermValidation());
  }

  /** With the portal's own timestamp authority. */
  public byte[] seal(byte[] pdf, SigningCredential key, SealOptions options) {
    return seal(pdf, key, options, List.of());
  }

  /**
   * @param tsaUrls the seal's timestamp authorities, tried in order; empty for the portal's own
   * @throws org.paraph.seals.domain.SealingFailedException {@code timestamp-unavailable} naming
   *     every authority tried when none answered
   */
  public byte[] seal(byte[] pdf, SigningCredential key, SealOptions options, List<String> tsaUrls) {
    return sealer.seal(pdf, key, options, timestamps.forUrls(tsaUrls));
  }
}
