package org.paraph.seals.infrastructure.sealing;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.SigningCredential;
import org.paraph.seals.infrastructure.PortalSealingSources;
import org.paraph.seals.infrastructure.tsa.TimestampAuthorities;

/** Detached CAdES sealing as the application uses it: the portal's own TSA and CRL, as PAdES. */
@ApplicationScoped
public class CadesSealing {

  @Inject PortalSealingSources sources;
  @Inject TimestampAuthorities timestamps;

  private CadesSealer sealer;

  @PostConstruct
  void createSealer() {
    sealer = new CadesSealer(sources.longTermValidation());
  }

  /** The {@code .p7s} over {@code content}; see {@link CadesSealer#seal}. */
  public byte[] seal(byte[] content, SigningCredential key, SealOptions options) {
    return seal(content, key, options, List.of());
  }

  /**
   * @param tsaUrls the seal's timestamp authorities, tried in order; empty for the portal's own
   */
  public byte[] seal(
      byte[] content, SigningCredential key, SealOptions options, List<String> tsaUrls) {
    return sealer.seal(content, key, options, timestamps.forUrls(tsaUrls));
  }
}
