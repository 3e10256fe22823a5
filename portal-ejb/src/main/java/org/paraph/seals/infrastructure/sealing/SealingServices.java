package org.paraph.seals.infrastructure.sealing;

import eu.europa.esig.dss.cades.signature.CAdESService;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.pdf.PdfPermissionsChecker;
import eu.europa.esig.dss.pdf.PdfSignatureFieldPositionChecker;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.util.List;
import org.paraph.documents.domain.InvalidDocumentException;
import org.paraph.documents.domain.PageSize;
import org.paraph.documents.domain.PdfSummary;
import org.paraph.seals.domain.InvalidPlacementException;
import org.paraph.seals.domain.Placement;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.SealingFailedException;
import org.paraph.seals.infrastructure.LongTermValidationSources;
import org.paraph.seals.infrastructure.annotation.SealAnnotationLayout;
import org.paraph.seals.infrastructure.annotation.SealObjectFactory;
import org.paraph.seals.infrastructure.tsa.GuardedTspSource;

/**
 * Builds the DSS service for one seal. Where DSS reports a problem through an "alert" (a box over
 * an annotation, a document that forbids signatures, a missing CRL), the alert throws the portal's
 * exception for it, so that the sealer can tell these cases apart from other failures.
 */
final class SealingServices {

  private final LongTermValidationSources longTerm;

  /**
   * @param longTerm where B-LT and B-LTA find revocation data; {@code null} without those levels
   */
  SealingServices(LongTermValidationSources longTerm) {
    this.longTerm = longTerm;
  }

  /**
   * @param layout the visible annotation, or {@code null}
   * @param tspSource the TSA, or {@code null} for B-B
   */
  PAdESService create(
      SealOptions options, PdfSummary summary, SealAnnotationLayout layout, TSPSource tspSource) {
    SealObjectFactory factory = new SealObjectFactory(layout);
    factory.setPdfSignatureFieldPositionChecker(positionChecker(options.placement(), summary));
    factory.setPdfPermissionsChecker(permissionsChecker());
    PAdESService service = new PAdESService(certificateVerifier());
    service.setPdfObjFactory(factory);
    if (tspSource != null) {
      service.setTspSource(new GuardedTspSource(tspSource));
    }
    return service;
  }

  /** A CAdES service with the same verifier and the same guarded TSA as the PAdES one. */
  CAdESService createCades(TSPSource tspSource) {
    CAdESService service = new CAdESService(certificateVerifier());
    if (tspSource != null) {
      service.setTspSource(new GuardedTspSource(tspSource));
    }
    return service;
  }

  /**
   * Without long-term sources, a verifier with nothing to look up: B-B and B-T embed the chain as
   * given. With them, one that finds the CRLs of every chain ending in a trust anchor, and fails
   * the seal rather than produce a B-LT without them. Either way a token that does not check out
   * (wrong imprint, bad signature) is the timestamp authority's failure.
   */
  private CommonCertificateVerifier certificateVerifier() {
    CommonCertificateVerifier verifier = new CommonCertificateVerifier();
    verifier.setAlertOnInvalidTimestamp(
        status -> {
          throw SealingFailedException.timestampUnavailable(status.getMessage(), null);
        });
    if (longTerm != null) {
      CommonTrustedCertificateSource anchors = new CommonTrustedCertificateSource();
      longTerm
          .trustAnchors()
          .forEach(anchor -> anchors.addCertificate(new CertificateToken(anchor)));
      verifier.setTrustedCertSources(anchors);
      verifier.setCrlSource(longTerm.crlSource());
      // A long-term seal embeds the revocation data of every signature already in the document,
      // also those made with certificates the portal did not issue (a qualified trust service's):
      // DSS requires it, and fetches it only when told to look beyond the trusted chains.
      verifier.setCheckRevocationForUntrustedChains(true);
      // DSS checks the signatures already in the document before it extends to B-LT; a broken one
      // is the document's problem, named by the sealer, not a failure of a service.
      verifier.setAlertOnInvalidSignature(
          status -> {
            throw InvalidDocumentException.earlierSignatureInvalid(List.of());
          });
      verifier.setAlertOnMissingRevocationData(
          status -> {
            throw SealingFailedException.revocationUnavailable(status.getMessage());
          });
    }
    return verifier;
  }

  private static PdfSignatureFieldPositionChecker positionChecker(
      Placement placement, PdfSummary summary) {
    PdfSignatureFieldPositionChecker checker = new PdfSignatureFieldPositionChecker();
    if (placement != null) {
      PageSize page = summary.page(placement.page()).orElseThrow();
      checker.setAlertOnSignatureFieldOverlap(
          status -> {
            throw InvalidPlacementException.overlapsAnnotation(placement);
          });
      // The portal checks against the visible area first; DSS checks against the whole sheet.
      checker.setAlertOnSignatureFieldOutsidePageDimensions(
          status -> {
            throw InvalidPlacementException.offPage(placement, page.width(), page.height());
          });
    }
    return checker;
  }

  private static PdfPermissionsChecker permissionsChecker() {
    PdfPermissionsChecker checker = new PdfPermissionsChecker();
    checker.setAlertOnForbiddenSignatureCreation(
        status -> {
          throw InvalidDocumentException.sealingForbidden(status.getMessage());
        });
    return checker;
  }
}
