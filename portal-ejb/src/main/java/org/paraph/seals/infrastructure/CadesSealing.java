package org.paraph.seals.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.SealingKey;

/** Detached CAdES sealing as the application uses it: the portal's own TSA and CRL, as PAdES. */
@ApplicationScoped
public class CadesSealing {

  @Inject PortalSealingSources sources;

  private CadesSealer sealer;

  @PostConstruct
  void createSealer() {
    sealer = new CadesSealer(sources.longTermValidation());
  }

  /** The {@code .p7s} over {@code content}; see {@link CadesSealer#seal}. */
  public byte[] seal(byte[] content, SealingKey key, SealOptions options) {
    return sealer.seal(content, key, options, sources.timestamps());
  }
}
