package org.paraph.seals.infrastructure;

import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.paraph.documents.domain.InvalidDocumentException;
import org.paraph.documents.domain.PdfSummary;
import org.paraph.documents.infrastructure.PdfInspector;
import org.paraph.seals.domain.InvalidCredentialException;
import org.paraph.seals.domain.InvalidPlacementException;
import org.paraph.seals.domain.InvalidSealOptionException;
import org.paraph.seals.domain.SealAnnotationText;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.SealingFailedException;
import org.paraph.seals.domain.SealingKey;
import org.paraph.shared.domain.PortalException;

/**
 * Seals PDFs as PAdES baseline signatures with DSS: B-B; B-T with a signature timestamp; and, when
 * given {@link LongTermValidationSources}, B-LT with the certificates' revocation data and B-LTA
 * with a document timestamp over it all. The seal is an incremental update: the input is an exact
 * prefix of the output, and the signature covers the whole output (B-LT and B-LTA append further
 * revisions after it). Stateless and thread-safe.
 */
public class PadesSealer {

  private final PdfInspector inspector;
  private final SealingServices services;
  private final List<SealLevel> supportedLevels;

  /** A sealer for levels B-B and B-T. */
  public PadesSealer(PdfInspector inspector) {
    this.inspector = Objects.requireNonNull(inspector, "inspector");
    this.services = new SealingServices(null);
    this.supportedLevels = List.of(SealLevel.B_B, SealLevel.B_T);
  }

  /** A sealer for every level, B-LT and B-LTA gathering revocation data from {@code longTerm}. */
  public PadesSealer(PdfInspector inspector, LongTermValidationSources longTerm) {
    this.inspector = Objects.requireNonNull(inspector, "inspector");
    this.services = new SealingServices(Objects.requireNonNull(longTerm, "longTerm"));
    this.supportedLevels = List.of(SealLevel.values());
  }

  /** The levels this sealer can produce. */
  public List<SealLevel> supportedLevels() {
    return supportedLevels;
  }

  /**
   * Seals a PDF.
   *
   * @param pdf the document; refused if it is not a readable, unencrypted PDF
   * @param key the sealing key and its chain
   * @param options level, annotation, reason and signing time
   * @param tspSource the timestamp authority; may be {@code null} for B-B only
   * @return the sealed document: {@code pdf} followed by the incremental update holding the seal
   * @throws InvalidDocumentException when the document cannot be sealed
   * @throws InvalidPlacementException when the annotation box is off the page, overlaps another
   *     annotation or is too small for its text
   * @throws InvalidSealOptionException {@code unsupported-level} for a level not in {@link
   *     #supportedLevels()}
   * @throws InvalidCredentialException when the certificate is not valid at the signing time
   * @throws SealingFailedException {@code timestamp-unavailable} when the TSA fails, {@code
   *     revocation-unavailable} when a CRL is missing for B-LT or B-LTA, {@code sealing-failed} for
   *     any other failure outside the document
   */
  public byte[] seal(byte[] pdf, SealingKey key, SealOptions options, TSPSource tspSource) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(options, "options");
    requireSupported(options.level());
    boolean timestamped = options.level() != SealLevel.B_B;
    if (timestamped && tspSource == null) {
      throw new IllegalArgumentException("Level " + options.level().label() + " needs a TSA");
    }
    requireValidAt(key.signingCertificate(), options);
    PdfSummary summary = inspector.inspect(pdf);
    SealAnnotationLayout layout = null;
    if (options.visible()) {
      // An existing field stays where the document's author put it.
      if (options.field() == null) {
        options.placement().requireFitsOn(summary);
      }
      layout = SealAnnotationLayout.fit(SealAnnotationText.of(options), options.placement());
    }

    TSPSource timestamps = timestamped ? tspSource : null;
    PAdESSignatureParameters parameters = SealParameters.of(key, options, layout, timestamps);
    PAdESService service = services.create(options, summary, layout, timestamps);
    DSSDocument document = new InMemoryDocument(pdf, "document.pdf", MimeTypeEnum.PDF);

    // The document passed PDFBox's reading above; what DSS still trips on is its structure.
    ToBeSigned dataToSign =
        translated(
            () -> service.getDataToSign(document, parameters),
            e -> InvalidDocumentException.unreadable(Failures.describe(e), e));
    SignatureValue signatureValue =
        sign(dataToSign.getBytes(), parameters.getSignatureAlgorithm(), key);
    DSSDocument sealed =
        translated(
            () -> service.signDocument(document, parameters, signatureValue),
            e -> SealingFailedException.failed(Failures.describe(e), e));
    return DSSUtils.toByteArray(sealed);
  }

  private void requireSupported(SealLevel level) {
    if (!supportedLevels.contains(level)) {
      throw InvalidSealOptionException.unsupportedLevel(
          level, supportedLevels.stream().map(SealLevel::label).collect(Collectors.joining(", ")));
    }
  }

  /** DSS would refuse too, but with a message about alerts rather than about the certificate. */
  static void requireValidAt(X509Certificate certificate, SealOptions options) {
    try {
      certificate.checkValidity(Date.from(options.signingTime()));
    } catch (CertificateExpiredException | CertificateNotYetValidException e) {
      throw new InvalidCredentialException(
          "The sealing certificate is valid from "
              + certificate.getNotBefore().toInstant()
              + " to "
              + certificate.getNotAfter().toInstant()
              + ", not at the signing time "
              + options.signingTime()
              + ": renew or replace the sealing credential.",
          e);
    }
  }

  /**
   * Signs with the JCA directly: works for software keys and for PKCS#11 keys alike, the provider
   * being chosen from the key.
   */
  static SignatureValue sign(byte[] dataToSign, SignatureAlgorithm algorithm, SealingKey key) {
    try {
      Signature signature = Signature.getInstance(algorithm.getJCEId());
      signature.initSign(key.privateKey());
      signature.update(dataToSign);
      return new SignatureValue(algorithm, signature.sign());
    } catch (GeneralSecurityException e) {
      throw SealingFailedException.failed(
          "the sealing key could not sign (" + Failures.describe(e) + ")", e);
    }
  }

  /**
   * Runs a DSS step; a portal exception thrown from inside it (alerts, the guarded TSP source)
   * comes out as itself, anything else as the step's fallback.
   */
  static <T> T translated(Supplier<T> step, Function<RuntimeException, PortalException> fallback) {
    try {
      return step.get();
    } catch (RuntimeException e) {
      throw Failures.portalCause(e).orElseGet(() -> fallback.apply(e));
    }
  }
}
