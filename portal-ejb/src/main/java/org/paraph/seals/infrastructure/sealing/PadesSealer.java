package org.paraph.seals.infrastructure.sealing;

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
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.paraph.documents.domain.InvalidDocumentException;
import org.paraph.documents.domain.PdfSummary;
import org.paraph.documents.infrastructure.PdfInspector;
import org.paraph.documents.infrastructure.PdfLoading;
import org.paraph.seals.domain.InvalidCredentialException;
import org.paraph.seals.domain.InvalidPlacementException;
import org.paraph.seals.domain.InvalidSealOptionException;
import org.paraph.seals.domain.SealAnnotationText;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.SealingFailedException;
import org.paraph.seals.domain.SigningCredential;
import org.paraph.seals.infrastructure.CertifiedTspSource;
import org.paraph.seals.infrastructure.Failures;
import org.paraph.seals.infrastructure.LongTermValidationSources;
import org.paraph.seals.infrastructure.annotation.ArchivalClaim;
import org.paraph.seals.infrastructure.annotation.SealAnnotationLayout;
import org.paraph.seals.infrastructure.cms.CmsSigners;
import org.paraph.seals.infrastructure.cms.ContentsSizeEstimator;
import org.paraph.seals.infrastructure.cms.PadesCmsSigner;
import org.paraph.seals.infrastructure.pdf.IncrementalPadesSealer;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;

/**
 * Seals PDFs as PAdES baseline signatures with DSS: B-B; B-T with a signature timestamp; and, when
 * given {@link LongTermValidationSources}, B-LT with the certificates' revocation data and B-LTA
 * with a document timestamp over it all. The seal is an incremental update: the input is an exact
 * prefix of the output, and the signature covers the whole output (B-LT and B-LTA append further
 * revisions after it). Stateless and thread-safe.
 *
 * <p>B-B and B-T go by a fast path where it can ({@link IncrementalPadesSealer}): the document read
 * once (for an invisible seal, not even by PDFBox: {@link
 * org.paraph.seals.infrastructure.pdf.PdfStructureReader}), the update written by hand, the CMS
 * built from parts computed once per key. What that path declines goes the DSS cookbook way:
 * getDataToSign, sign, signDocument, which parses the document twice and saves it whole twice, but
 * handles every level and every document PDFBox can repair.
 */
public class PadesSealer {

  private static final Logger LOG = System.getLogger(PadesSealer.class.getName());

  private final PdfInspector inspector;
  private final SealingServices services;
  private final List<SealLevel> supportedLevels;
  private final IncrementalPadesSealer incremental = new IncrementalPadesSealer();
  private final CmsSigners signers = new CmsSigners();

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
  public byte[] seal(byte[] pdf, SigningCredential key, SealOptions options, TSPSource tspSource) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(options, "options");
    requireSupported(options.level());
    boolean timestamped = options.level() != SealLevel.B_B;
    if (timestamped && tspSource == null) {
      throw new IllegalArgumentException("Level " + options.level().label() + " needs a TSA");
    }
    requireValidAt(key.signingCertificate(), options);
    TSPSource timestamps = timestamped ? tspSource : null;
    if (!options.visible() && options.field() == null) {
      byte[] sealed = sealInvisibleIncrementally(pdf, key, options, timestamps);
      if (sealed != null) {
        return sealed;
      }
    }
    // One parse serves the checks, the placement and the fast path.
    Prepared prepared =
        inspector.withDocument(
            pdf, (document, summary) -> prepare(pdf, document, summary, key, options, timestamps));
    if (prepared.sealed() != null) {
      return prepared.sealed();
    }

    PdfSummary summary = prepared.summary();
    SealAnnotationLayout layout = prepared.layout();
    PAdESSignatureParameters parameters = prepared.parameters();
    PAdESService service = services.create(options, summary, layout, timestamps);
    DSSDocument document = new InMemoryDocument(pdf, "document.pdf", MimeTypeEnum.PDF);

    // The document passed PDFBox's reading above; what DSS still trips on is its structure.
    ToBeSigned dataToSign =
        translated(
            () -> service.getDataToSign(document, parameters),
            e -> InvalidDocumentException.unreadable(Failures.describe(e), e));
    SignatureValue signatureValue =
        sign(dataToSign.getBytes(), parameters.getSignatureAlgorithm(), key);
    DSSDocument sealed;
    try {
      sealed =
          translated(
              () -> service.signDocument(document, parameters, signatureValue),
              e -> SealingFailedException.failed(Failures.describe(e), e));
    } catch (InvalidDocumentException e) {
      if (InvalidDocumentException.EARLIER_SIGNATURE_INVALID.equals(e.problemType())) {
        throw InvalidDocumentException.earlierSignatureInvalid(BrokenSignatures.in(pdf));
      }
      throw e;
    }
    return DSSUtils.toByteArray(sealed);
  }

  /** What one parse of the document gives: the seal itself when the fast path took it. */
  private record Prepared(
      PdfSummary summary,
      SealAnnotationLayout layout,
      PAdESSignatureParameters parameters,
      byte[] sealed) {}

  private Prepared prepare(
      byte[] pdf,
      PDDocument document,
      PdfSummary summary,
      SigningCredential key,
      SealOptions options,
      TSPSource timestamps) {
    SealAnnotationLayout layout = null;
    if (options.visible()) {
      // An existing field stays where the document's author put it.
      if (options.field() == null) {
        options.placement().requireFitsOn(summary);
      }
      layout =
          SealAnnotationLayout.fit(
              SealAnnotationText.of(options),
              options.placement(),
              options.annotation().logo(),
              ArchivalClaim.of(document));
    }
    PAdESSignatureParameters parameters = SealParameters.of(key, options, layout, timestamps);
    byte[] sealed = sealIncrementally(pdf, document, key, options, layout, parameters, timestamps);
    return new Prepared(summary, layout, parameters, sealed);
  }

  /**
   * The fast path, or {@code null} to take DSS's. A failure of the document or of this path's own
   * writing falls back to DSS, which either copes or reports the document properly; a failure of
   * the TSA or the key is the seal's failure.
   */
  private byte[] sealIncrementally(
      byte[] pdf,
      PDDocument document,
      SigningCredential key,
      SealOptions options,
      SealAnnotationLayout layout,
      PAdESSignatureParameters parameters,
      TSPSource timestamps) {
    PadesCmsSigner signer = signers.forKey(key).orElse(null);
    if (signer == null) {
      return null;
    }
    try {
      return incremental
          .seal(
              pdf,
              document,
              signer,
              options,
              layout,
              layout == null ? null : parameters.getImageParameters(),
              parameters.getContentSize(),
              timestamps)
          .orElse(null);
    } catch (PortalException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      LOG.log(
          Level.DEBUG, "The incremental path declined a document, DSS seals it: {0}", e.toString());
      return null;
    }
  }

  /**
   * The fastest path, for invisible seals: no PDFBox parse at all. {@code null} when it declines or
   * fails on the document; the paths that parse with PDFBox then take over, and report a bad
   * document as such.
   */
  private byte[] sealInvisibleIncrementally(
      byte[] pdf, SigningCredential key, SealOptions options, TSPSource timestamps) {
    PadesCmsSigner signer = signers.forKey(key).orElse(null);
    if (signer == null) {
      return null;
    }
    List<X509Certificate> tsaChain =
        timestamps instanceof CertifiedTspSource certified ? certified.certificateChain() : null;
    int contentsSize =
        ContentsSizeEstimator.forSignature(key.chain(), tsaChain, timestamps != null);
    // This path reads no page content, but the file is refused as the other paths refuse it: a
    // sealed bomb would only fail later, at its verification or preview.
    PdfLoading.requireWithinLimits(pdf);
    try {
      return incremental.sealInvisible(pdf, signer, options, contentsSize, timestamps).orElse(null);
    } catch (PortalException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.DEBUG, "The structure reader declined a document: {0}", e.toString());
      return null;
    }
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
          ProblemText.of(
              "problem.invalid-credential.certificate-not-valid",
              certificate.getNotBefore().toInstant(),
              certificate.getNotAfter().toInstant(),
              options.signingTime()),
          e);
    }
  }

  /** Signs with the credential, wherever its key lives. */
  static SignatureValue sign(
      byte[] dataToSign, SignatureAlgorithm algorithm, SigningCredential key) {
    return new SignatureValue(algorithm, key.sign(algorithm.getJCEId(), dataToSign));
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
