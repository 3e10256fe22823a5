package org.paraph.seals.infrastructure.sealing;

import eu.europa.esig.dss.cades.CAdESSignatureParameters;
import eu.europa.esig.dss.cades.signature.CAdESService;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SignaturePackaging;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.SignerLocation;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.paraph.seals.domain.InvalidCredentialException;
import org.paraph.seals.domain.InvalidSealOptionException;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.SealingFailedException;
import org.paraph.seals.domain.SigningCredential;
import org.paraph.seals.infrastructure.Failures;
import org.paraph.seals.infrastructure.LongTermValidationSources;

/**
 * Seals any file with a detached CAdES baseline signature: the result is the DER-encoded CMS
 * SignedData (a {@code .p7s}) over the file's bytes, which it does not contain. B-B signs; B-T adds
 * a signature timestamp; with {@link LongTermValidationSources}, B-LT adds the certificates'
 * revocation data and B-LTA an archive timestamp. The signing time and the location are signed
 * attributes; a detached signature has no annotation and no free-text reason. Stateless and
 * thread-safe.
 */
public class CadesSealer {

  private final SealingServices services;
  private final List<SealLevel> supportedLevels;

  /** A sealer for levels B-B and B-T. */
  public CadesSealer() {
    this.services = new SealingServices(null);
    this.supportedLevels = List.of(SealLevel.B_B, SealLevel.B_T);
  }

  /** A sealer for every level, B-LT and B-LTA gathering revocation data from {@code longTerm}. */
  public CadesSealer(LongTermValidationSources longTerm) {
    this.services = new SealingServices(Objects.requireNonNull(longTerm, "longTerm"));
    this.supportedLevels = List.of(SealLevel.values());
  }

  /**
   * Signs {@code content}, detached.
   *
   * @param content the file to seal, left unchanged
   * @param options level, location and signing time; the placement, field and reason must be absent
   * @param tspSource the timestamp authority; may be {@code null} for B-B only
   * @return the {@code .p7s}: DER-encoded CMS SignedData without the content
   * @throws InvalidSealOptionException {@code unsupported-level} for a level this sealer lacks
   * @throws InvalidCredentialException when the certificate is not valid at the signing time
   * @throws SealingFailedException {@code timestamp-unavailable}, {@code revocation-unavailable} or
   *     {@code sealing-failed}
   */
  public byte[] seal(
      byte[] content, SigningCredential key, SealOptions options, TSPSource tspSource) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(key, "key");
    if (options.visible() || options.field() != null || options.reason() != null) {
      throw new IllegalArgumentException("a detached signature has no annotation and no reason");
    }
    if (!supportedLevels.contains(options.level())) {
      throw InvalidSealOptionException.unsupportedLevel(
          options.level(),
          supportedLevels.stream().map(SealLevel::label).collect(Collectors.joining(", ")));
    }
    boolean timestamped = options.level() != SealLevel.B_B;
    if (timestamped && tspSource == null) {
      throw new IllegalArgumentException("Level " + options.level().label() + " needs a TSA");
    }
    PadesSealer.requireValidAt(key.signingCertificate(), options);

    CAdESSignatureParameters parameters = parameters(key, options);
    CAdESService service = services.createCades(timestamped ? tspSource : null);
    DSSDocument document = new InMemoryDocument(content, "document");
    ToBeSigned dataToSign =
        PadesSealer.translated(
            () -> service.getDataToSign(document, parameters),
            e -> SealingFailedException.failed(Failures.describe(e), e));
    SignatureValue signatureValue =
        PadesSealer.sign(dataToSign.getBytes(), parameters.getSignatureAlgorithm(), key);
    DSSDocument signature =
        PadesSealer.translated(
            () -> service.signDocument(document, parameters, signatureValue),
            e -> SealingFailedException.failed(Failures.describe(e), e));
    return DSSUtils.toByteArray(signature);
  }

  private static CAdESSignatureParameters parameters(SigningCredential key, SealOptions options) {
    CAdESSignatureParameters parameters = new CAdESSignatureParameters();
    parameters.setSignatureLevel(dssLevel(options.level()));
    parameters.setSignaturePackaging(SignaturePackaging.DETACHED);
    parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
    parameters.setSigningCertificate(new CertificateToken(key.signingCertificate()));
    parameters.setCertificateChain(
        key.chain().stream().map(CertificateToken::new).collect(Collectors.toList()));
    parameters.bLevel().setSigningDate(Date.from(options.signingTime()));
    if (options.location() != null && !options.location().isBlank()) {
      SignerLocation location = new SignerLocation();
      location.setLocality(options.location());
      parameters.bLevel().setSignerLocation(location);
    }
    return parameters;
  }

  private static SignatureLevel dssLevel(SealLevel level) {
    return switch (level) {
      case B_B -> SignatureLevel.CAdES_BASELINE_B;
      case B_T -> SignatureLevel.CAdES_BASELINE_T;
      case B_LT -> SignatureLevel.CAdES_BASELINE_LT;
      case B_LTA -> SignatureLevel.CAdES_BASELINE_LTA;
    };
  }
}
