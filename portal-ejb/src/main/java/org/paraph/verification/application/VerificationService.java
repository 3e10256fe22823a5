package org.paraph.verification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.paraph.documents.domain.DocumentTooLargeException;
import org.paraph.shared.application.PortalConfig;
import org.paraph.trust.application.DemoAuthorities;
import org.paraph.trust.application.TrustAnchors;
import org.paraph.trust.domain.PortalTrust;
import org.paraph.verification.domain.ReportRenderer;
import org.paraph.verification.domain.SignatureValidator;
import org.paraph.verification.domain.TrustMaterial;
import org.paraph.verification.domain.UnverifiableDocumentException;
import org.paraph.verification.domain.VerificationReport;

/**
 * Verifies the signatures of a PDF, or of a CMS signature (.p7s) with its original, as a relying
 * party that trusts the portal's own anchors, the operator's extra anchors and the EU trusted lists
 * would, fetching the revocation data and issuer certificates the signatures' certificates name
 * (see {@link OnlineValidationSettings}). Anyone may verify: nothing is stored or logged, neither
 * the file nor the fact that it was verified.
 */
@ApplicationScoped
public class VerificationService {

  @Inject TrustAnchors trustAnchors;
  @Inject VerificationTrust verificationTrust;
  @Inject DemoAuthorities demoAuthorities;
  @Inject PortalConfig config;
  @Inject SignatureValidator validator;
  @Inject ReportRenderer reportRenderer;

  public VerificationReport verify(String fileName, byte[] file, byte[] detachedOriginal) {
    return verify(fileName, file, detachedOriginal, null);
  }

  /**
   * @param fileName the name of the uploaded file, for the report
   * @param file the signed PDF, or the CMS signature
   * @param detachedOriginal the document a detached CMS signature signs, else {@code null}
   * @param password the password of an encrypted PDF, else {@code null}
   * @throws DocumentTooLargeException when a file is larger than the upload limit
   * @throws UnverifiableDocumentException when the file cannot be verified at all
   */
  public VerificationReport verify(
      String fileName, byte[] file, byte[] detachedOriginal, String password) {
    requireAcceptable(file, detachedOriginal);
    return validator.validate(baseName(fileName), file, detachedOriginal, password, trustNow());
  }

  /** The ETSI TS 119 102-2 validation report, as XML; same parameters and failures as verify. */
  public String etsiXml(String fileName, byte[] file, byte[] detachedOriginal, String password) {
    requireAcceptable(file, detachedOriginal);
    return validator.etsiValidationReport(
        baseName(fileName), file, detachedOriginal, password, trustNow());
  }

  /**
   * The report as a PDF a person can read and file, in the language of whoever asks ({@code
   * locale}); same other parameters and failures as verify.
   */
  public byte[] humanReportPdf(
      String fileName, byte[] file, byte[] detachedOriginal, String password, Locale locale) {
    return reportRenderer.render(verify(fileName, file, detachedOriginal, password), locale);
  }

  /**
   * The current anchors: a seal added since the last call is trusted at once, a root whose last
   * seal in service was retired is no longer trusted (only the retired seals' own certificates are,
   * see {@link PortalTrust}), and a seal retired for a compromised key counts as revoked from then
   * on. The validator adds the EU trusted lists as last loaded.
   */
  private TrustMaterial trustNow() {
    PortalTrust portal = trustAnchors.portalTrust();
    List<X509Certificate> anchors = new ArrayList<>(portal.anchors());
    anchors.addAll(verificationTrust.extraAnchors());
    return new TrustMaterial(
        anchors, portal.testAnchors(), portal.retired(), demoAuthorities::freshCrlAt);
  }

  private void requireAcceptable(byte[] file, byte[] detachedOriginal) {
    if (file == null || file.length == 0) {
      throw UnverifiableDocumentException.empty();
    }
    if (file.length > config.maxUploadBytes()
        || (detachedOriginal != null && detachedOriginal.length > config.maxUploadBytes())) {
      throw new DocumentTooLargeException(config.maxUploadMegabytes());
    }
  }

  private static String baseName(String name) {
    if (name == null || name.isBlank()) {
      return "document";
    }
    // Only the last path segment: old browsers sent the full client path.
    return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  }
}
