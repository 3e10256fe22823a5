package org.paraph.seals.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.paraph.documents.infrastructure.PdfInspector;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.SealingKey;

/** PAdES sealing as the application uses it: DSS behind, the portal's own TSA and CRL. */
@ApplicationScoped
public class PadesSealing {

  @Inject PortalSealingSources sources;

  private PadesSealer sealer;

  @PostConstruct
  void createSealer() {
    sealer = new PadesSealer(new PdfInspector(), sources.longTermValidation());
  }

  public byte[] seal(byte[] pdf, SealingKey key, SealOptions options) {
    return sealer.seal(pdf, key, options, sources.timestamps());
  }
}
