package org.paraph.testsupport;

import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import eu.europa.esig.dss.validation.reports.Reports;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.paraph.trust.infrastructure.LocalCrlSource;

/**
 * Validates PDFs and detached signatures with DSS entirely offline, the way a relying party that
 * trusts the demo root would: the root is the only trust anchor, CRLs come from memory, nothing is
 * fetched (no AIA, no OCSP). Uses DSS's default validation policy.
 *
 * <pre>{@code
 * Reports reports = DssTestValidation.trusting(pki.root().signingCertificate())
 *     .withCrl(pki.crlUrl(), crlIssuer.issue(pki.root(), now))
 *     .validate(sealedPdf);
 * }</pre>
 */
public final class DssTestValidation {

  private final List<X509Certificate> trustAnchors;
  private final Map<String, byte[]> crlsByUrl = new HashMap<>();
  private Instant validationTime;

  private DssTestValidation(List<X509Certificate> trustAnchors) {
    this.trustAnchors = List.copyOf(trustAnchors);
  }

  public static DssTestValidation trusting(X509Certificate trustAnchor) {
    return new DssTestValidation(List.of(trustAnchor));
  }

  /** A relying party that trusts several roots, e.g. the portal's and a trust service's. */
  public static DssTestValidation trusting(List<X509Certificate> trustAnchors) {
    return new DssTestValidation(trustAnchors);
  }

  /** Serves this DER CRL to DSS for certificates naming {@code url} as distribution point. */
  public DssTestValidation withCrl(String url, byte[] crl) {
    crlsByUrl.put(url, crl.clone());
    return this;
  }

  /** Validates as of this time instead of now. */
  public DssTestValidation at(Instant time) {
    this.validationTime = time;
    return this;
  }

  public Reports validate(byte[] pdf) {
    return validate(new InMemoryDocument(pdf, "sealed.pdf"), null);
  }

  /** Validates a detached signature (a {@code .p7s}) over the content it signs. */
  public Reports validateDetached(byte[] signature, byte[] content) {
    return validate(
        new InMemoryDocument(signature, "signature.p7s"),
        new InMemoryDocument(content, "document.pdf"));
  }

  private Reports validate(InMemoryDocument signed, InMemoryDocument detachedContent) {
    CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
    trustAnchors.forEach(anchor -> trusted.addCertificate(new CertificateToken(anchor)));
    CommonCertificateVerifier verifier = new CommonCertificateVerifier();
    verifier.setTrustedCertSources(trusted);
    verifier.setCrlSource(new LocalCrlSource(url -> Optional.ofNullable(crlsByUrl.get(url))));
    verifier.setOcspSource(null);
    verifier.setAIASource(null);

    SignedDocumentValidator validator = SignedDocumentValidator.fromDocument(signed);
    validator.setCertificateVerifier(verifier);
    if (detachedContent != null) {
      validator.setDetachedContents(List.of(detachedContent));
    }
    if (validationTime != null) {
      validator.setValidationTime(Date.from(validationTime));
    }
    return validator.validateDocument();
  }

  /** The indication of every signature, in document order. */
  public static List<Indication> signatureIndications(Reports reports) {
    SimpleReport report = reports.getSimpleReport();
    return report.getSignatureIdList().stream()
        .map(report::getIndication)
        .collect(Collectors.toList());
  }

  /**
   * A one-paragraph account of every signature (indication, sub-indication, errors), to make a
   * failed assertion say why.
   */
  public static String explain(Reports reports) {
    SimpleReport report = reports.getSimpleReport();
    StringBuilder text = new StringBuilder();
    for (String id : report.getSignatureIdList()) {
      text.append(id)
          .append(": ")
          .append(report.getIndication(id))
          .append(" / ")
          .append(report.getSubIndication(id))
          .append(", format ")
          .append(report.getSignatureFormat(id))
          .append(", errors ")
          .append(report.getAdESValidationErrors(id))
          .append(", warnings ")
          .append(report.getAdESValidationWarnings(id))
          .append('\n');
    }
    return text.length() == 0 ? "no signature found" : text.toString();
  }
}
