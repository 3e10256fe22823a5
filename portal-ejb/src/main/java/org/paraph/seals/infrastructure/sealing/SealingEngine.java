package org.paraph.seals.infrastructure.sealing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.paraph.seals.domain.DocumentSigner;
import org.paraph.seals.domain.SealFormat;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.SigningCredential;

/**
 * The application's {@link DocumentSigner}: PAdES by {@link PadesSealing}, CAdES by {@link
 * CadesSealing}.
 */
@ApplicationScoped
public class SealingEngine implements DocumentSigner {

  @Inject PadesSealing pades;
  @Inject CadesSealing cades;

  @Override
  public byte[] seal(
      SealFormat format,
      byte[] content,
      SigningCredential key,
      SealOptions options,
      List<String> tsaUrls) {
    return format == SealFormat.CADES
        ? cades.seal(content, key, options, tsaUrls)
        : pades.seal(content, key, options, tsaUrls);
  }
}
