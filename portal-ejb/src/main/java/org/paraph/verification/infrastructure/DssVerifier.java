package org.paraph.verification.infrastructure;

import eu.europa.esig.dss.diagnostic.CertificateWrapper;
import eu.europa.esig.dss.diagnostic.DiagnosticData;
import eu.europa.esig.dss.diagnostic.SignatureWrapper;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.exception.InvalidPasswordException;
import eu.europa.esig.dss.pades.validation.PDFDocumentValidator;
import eu.europa.esig.dss.pdf.pdfbox.PdfBoxNativeObjectFactory;
import eu.europa.esig.dss.service.crl.OnlineCRLSource;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.aia.DefaultAIASource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.paraph.documents.domain.PdfTooComplexException;
import org.paraph.documents.infrastructure.PdfLoading;
import org.paraph.trust.domain.RetiredCertificate;
import org.paraph.trust.infrastructure.LocalCrlSource;
import org.paraph.verification.domain.CompromisedSeal;
import org.paraph.verification.domain.Indication;
import org.paraph.verification.domain.TrustedListStatus;
import org.paraph.verification.domain.UnverifiableDocumentException;
import org.paraph.verification.domain.VerificationReport;

/**
 * Verifies signed PDFs (PAdES) and CMS signatures (CAdES, enveloping or detached) with DSS and its
 * default validation policy, the way a relying party that trusts exactly the given anchors (and the
 * EU trusted lists, while they are in use) would. The CRLs the portal issues itself come from a
 * function, in process. With a {@link ValidationDataFetcher}, the verifier also fetches what the
 * certificates name: OCSP answers, CRLs and missing issuer certificates (AIA), through that
 * fetcher's address rules, timeouts and cache; without one it fetches nothing. Each report says,
 * per signature, what revocation data was used and what could not be fetched. The verifier
 * validates; {@link DssReportTranslator} turns DSS's reports into the portal's. Stateless and
 * thread-safe.
 */
public final class DssVerifier {

  private final List<X509Certificate> anchors;
  private final Function<String, Optional<byte[]>> crlByUrl;
  private final EuTrustedLists trustedLists;
  private final Optional<ValidationDataFetcher> online;
  private final Clock clock;
  private final List<RetiredCertificate> retired;
  private final Map<String, CompromisedSeal> compromised;
  private final DssReportTranslator translator;

  /**
   * @param anchors the certificates trusted as the ends of chains
   * @param testAnchors those of {@code anchors} that are test anchors (e.g. the demo root): a
   *     signature chaining to one of them is reported as a test signature
   * @param crlByUrl the DER CRL published at a distribution point URL, if the portal knows it
   * @param clock gives the validation time
   */
  public DssVerifier(
      List<X509Certificate> anchors,
      Collection<X509Certificate> testAnchors,
      Function<String, Optional<byte[]>> crlByUrl,
      Clock clock) {
    this(anchors, testAnchors, crlByUrl, EuTrustedLists.disabled(), clock);
  }

  /**
   * @param anchors the certificates trusted as the ends of chains
   * @param testAnchors those of {@code anchors} that are test anchors (e.g. the demo root): a
   *     signature chaining to one of them is reported as a test signature
   * @param crlByUrl the DER CRL published at a distribution point URL, if the portal knows it
   * @param trustedLists the EU trusted lists, whose certificates are trusted too while they are in
   *     use
   * @param clock gives the validation time
   */
  public DssVerifier(
      List<X509Certificate> anchors,
      Collection<X509Certificate> testAnchors,
      Function<String, Optional<byte[]>> crlByUrl,
      EuTrustedLists trustedLists,
      Clock clock) {
    this(anchors, testAnchors, crlByUrl, trustedLists, Optional.empty(), clock);
  }

  /**
   * @param anchors the certificates trusted as the ends of chains
   * @param testAnchors those of {@code anchors} that are test anchors (e.g. the demo root): a
   *     signature chaining to one of them is reported as a test signature
   * @param crlByUrl the DER CRL published at a distribution point URL, if the portal knows it
   * @param trustedLists the EU trusted lists, whose certificates are trusted too while they are in
   *     use
   * @param online what fetches OCSP answers, CRLs and issuer certificates; empty: nothing is
   *     fetched
   * @param clock gives the validation time
   */
  public DssVerifier(
      List<X509Certificate> anchors,
      Collection<X509Certificate> testAnchors,
      Function<String, Optional<byte[]>> crlByUrl,
      EuTrustedLists trustedLists,
      Optional<ValidationDataFetcher> online,
      Clock clock) {
    this(anchors, testAnchors, crlByUrl, trustedLists, online, clock, List.of());
  }

  /**
   * @param anchors the certificates trusted as the ends of chains
   * @param testAnchors those of {@code anchors} that are test anchors (e.g. the demo root): a
   *     signature chaining to one of them is reported as a test signature
   * @param crlByUrl the DER CRL published at a distribution point URL, if the portal knows it
   * @param trustedLists the EU trusted lists, whose certificates are trusted too while they are in
   *     use
   * @param online what fetches OCSP answers, CRLs and issuer certificates; empty: nothing is
   *     fetched
   * @param clock gives the validation time
   * @param retired the certificates of the portal's retired seals: those pinned are trusted
   *     themselves (their root is no longer an anchor), and those whose key was compromised count
   *     as revoked from their retirement
   */
  public DssVerifier(
      List<X509Certificate> anchors,
      Collection<X509Certificate> testAnchors,
      Function<String, Optional<byte[]>> crlByUrl,
      EuTrustedLists trustedLists,
      Optional<ValidationDataFetcher> online,
      Clock clock,
      List<RetiredCertificate> retired) {
    this.online = Objects.requireNonNull(online, "online");
    this.anchors = List.copyOf(anchors);
    this.retired = List.copyOf(retired);
    Set<String> testIds = new HashSet<>();
    testAnchors.forEach(certificate -> testIds.add(idOf(certificate)));
    this.retired.stream()
        .filter(certificate -> certificate.pinned() && certificate.test())
        .forEach(certificate -> testIds.add(idOf(certificate.certificate())));
    Map<String, CompromisedSeal> leaked = new HashMap<>();
    this.retired.stream()
        .filter(RetiredCertificate::keyCompromised)
        .forEach(
            certificate -> {
              String id = idOf(certificate.certificate());
              leaked.putIfAbsent(
                  id, new CompromisedSeal(id, certificate.sealName(), certificate.retiredAt()));
            });
    this.compromised = Map.copyOf(leaked);
    this.crlByUrl = Objects.requireNonNull(crlByUrl, "crlByUrl");
    this.trustedLists = Objects.requireNonNull(trustedLists, "trustedLists");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.translator = new DssReportTranslator(testIds, compromised, online.isPresent());
  }

  private static String idOf(X509Certificate certificate) {
    return new CertificateToken(certificate).getDSSIdAsString();
  }

  /**
   * Verifies every signature of a file.
   *
   * @param fileName the file's name, for the report
   * @param file a PDF or a CMS signature
   * @param detachedOriginal the signed document of a detached CMS signature, else {@code null}
   * @param password the password of an encrypted PDF, else {@code null}
   * @throws UnverifiableDocumentException when the file is neither a PDF nor a CMS signature, a
   *     detached signature comes without its original, an encrypted PDF without its password, or
   *     the file cannot be read
   * @throws PdfTooComplexException when a PDF's content decodes past the limits
   */
  public VerificationReport verify(
      String fileName, byte[] file, byte[] detachedOriginal, String password) {
    // Read before validating: the report says what the validation could use.
    TrustedListStatus trustedListStatus = trustedLists.status();
    FetchLog fetchLog = new FetchLog();
    Reports reports = validate(fileName, file, detachedOriginal, password, false, fetchLog);
    return translator.translate(fileName, file, reports, trustedListStatus, fetchLog);
  }

  /**
   * The ETSI TS 119 102-2 validation report of a file, as XML: what a relying party's own tools can
   * read. Same parameters and failures as {@link #verify}.
   */
  public String etsiValidationReport(
      String fileName, byte[] file, byte[] detachedOriginal, String password) {
    Reports reports = validate(fileName, file, detachedOriginal, password, true, new FetchLog());
    refuseWhereTheEtsiReportWouldTrustACompromisedSeal(reports);
    try {
      return reports.getXmlValidationReport();
    } catch (DSSException e) {
      throw new IllegalStateException("The ETSI validation report could not be written", e);
    }
  }

  /**
   * A compromised seal whose root is still an anchor (another seal in service shares it) is trusted
   * by DSS through that root: where the portal's rule would not pass what DSS passes, the ETSI
   * report would mislead, so it is refused. (A pinned compromised seal is simply not trusted in the
   * ETSI report: see {@link #certificateVerifier}.)
   *
   * @throws UnverifiableDocumentException when a signature is such a case
   */
  private void refuseWhereTheEtsiReportWouldTrustACompromisedSeal(Reports reports) {
    SimpleReport simple = reports.getSimpleReport();
    DiagnosticData diagnostic = reports.getDiagnosticData();
    for (String id : simple.getSignatureIdList()) {
      SignatureWrapper signature = diagnostic.getSignatureById(id);
      CertificateWrapper signer = signature == null ? null : signature.getSigningCertificate();
      CompromisedSeal leaked = signer == null ? null : compromised.get(signer.getId());
      Date proven = simple.getBestSignatureTime(id);
      if (leaked != null
          && DssReportTranslator.indication(simple.getIndication(id)) == Indication.TOTAL_PASSED
          && (proven == null || !proven.toInstant().isBefore(leaked.retiredAt()))) {
        throw UnverifiableDocumentException.etsiReportWouldTrustACompromisedSeal(leaked.sealName());
      }
    }
  }

  private Reports validate(
      String fileName,
      byte[] file,
      byte[] detachedOriginal,
      String password,
      boolean etsiReport,
      FetchLog fetchLog) {
    if (file == null || file.length == 0) {
      throw UnverifiableDocumentException.empty();
    }
    DSSDocument document = new InMemoryDocument(file, fileName);
    SignedDocumentValidator validator = validatorFor(document);
    if (validator instanceof PDFDocumentValidator pdf) {
      // The verification is open to anyone: a PDF is measured before DSS reads it, and DSS reads
      // it with bounded memory.
      PdfLoading.requireWithinLimits(file);
      PdfBoxNativeObjectFactory factory = new PdfBoxNativeObjectFactory();
      factory.setPdfMemoryUsageSetting(PdfLoading.dssMemoryUsage());
      pdf.setPdfObjFactory(factory);
      if (password != null && !password.isEmpty()) {
        pdf.setPasswordProtection(password.toCharArray());
      }
    } else if (detachedOriginal != null && detachedOriginal.length > 0) {
      validator.setDetachedContents(List.of(new InMemoryDocument(detachedOriginal, "original")));
    } else if (isDetachedCms(file)) {
      throw UnverifiableDocumentException.detachedContentRequired();
    }
    validator.setCertificateVerifier(certificateVerifier(fetchLog, etsiReport));
    validator.setValidationTime(Date.from(clock.instant()));
    validator.setEnableEtsiValidationReport(etsiReport);
    validator.setLocale(Locale.ENGLISH);
    try {
      return validator.validateDocument();
    } catch (InvalidPasswordException e) {
      throw UnverifiableDocumentException.encrypted(e);
    } catch (DSSException | IllegalArgumentException | IllegalStateException e) {
      PdfTooComplexException.foundIn(e)
          .ifPresent(
              tooComplex -> {
                throw tooComplex;
              });
      if (hasCause(e, InvalidPasswordException.class)
          || hasCause(e, org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException.class)) {
        throw UnverifiableDocumentException.encrypted(e);
      }
      throw UnverifiableDocumentException.unreadable(innermostMessage(e), e);
    }
  }

  private static SignedDocumentValidator validatorFor(DSSDocument document) {
    try {
      return SignedDocumentValidator.fromDocument(document);
    } catch (UnsupportedOperationException | DSSException e) {
      throw UnverifiableDocumentException.notSigned(e);
    }
  }

  /** A CMS signature without encapsulated content: DSS would only say "signed data not found". */
  private static boolean isDetachedCms(byte[] file) {
    try {
      return new CMSSignedData(file).getSignedContent() == null;
    } catch (CMSException | RuntimeException e) {
      // Not a CMS structure BouncyCastle can read; DSS will say what is wrong with it.
      return false;
    }
  }

  /**
   * @param etsiReport whether the verdicts go out as DSS's own ETSI report, which the rule of
   *     compromised seals cannot amend: their certificates are then not pinned, so that DSS never
   *     says PASSED for a signature the leaked key may have made (at the cost of calling those made
   *     before the retirement indeterminate there too)
   */
  private CommonCertificateVerifier certificateVerifier(FetchLog fetchLog, boolean etsiReport) {
    CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
    anchors.forEach(anchor -> trusted.addCertificate(new CertificateToken(anchor)));
    retired.stream()
        .filter(
            certificate -> certificate.pinned() && !(etsiReport && certificate.keyCompromised()))
        .forEach(
            certificate -> trusted.addCertificate(new CertificateToken(certificate.certificate())));
    CommonCertificateVerifier verifier = new CommonCertificateVerifier();
    verifier.setTrustedCertSources(trusted);
    trustedLists.certificates().ifPresent(verifier::addTrustedCertSources);
    LocalCrlSource portalCrls = new LocalCrlSource(crlByUrl);
    if (online.isEmpty()) {
      verifier.setCrlSource(new PortalFirstCrlSource(portalCrls, null, fetchLog));
      verifier.setOcspSource(null);
      verifier.setAIASource(null);
      return verifier;
    }
    ValidationDataFetcher fetcher = online.get();
    verifier.setCrlSource(
        new PortalFirstCrlSource(
            portalCrls,
            new OnlineCRLSource(
                new RecordingDataLoader(RecordingDataLoader.CRL, fetcher, fetchLog)),
            fetchLog));
    verifier.setOcspSource(
        new OnlineOCSPSource(new RecordingDataLoader(RecordingDataLoader.OCSP, fetcher, fetchLog)));
    verifier.setAIASource(
        new DefaultAIASource(
            new RecordingDataLoader(RecordingDataLoader.ISSUER_CERTIFICATE, fetcher, fetchLog)));
    return verifier;
  }

  private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  private static String innermostMessage(Throwable failure) {
    String message = null;
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
        message = cause.getMessage();
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return message != null ? message : failure.getClass().getSimpleName();
  }
}
