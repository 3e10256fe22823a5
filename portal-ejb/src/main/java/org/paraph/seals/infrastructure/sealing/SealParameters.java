package org.paraph.seals.infrastructure.sealing;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.TextWrapping;
import eu.europa.esig.dss.enumerations.VisualSignatureRotation;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.SignatureFieldParameters;
import eu.europa.esig.dss.pades.SignatureImageParameters;
import eu.europa.esig.dss.pades.SignatureImageTextParameters;
import eu.europa.esig.dss.pdf.pdfbox.visible.PdfBoxNativeFont;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.paraph.seals.domain.Placement;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.SigningCredential;
import org.paraph.seals.infrastructure.CertifiedTspSource;
import org.paraph.seals.infrastructure.annotation.SealAnnotationLayout;
import org.paraph.seals.infrastructure.cms.ContentsSizeEstimator;
import org.paraph.shared.infrastructure.pdf.AnnotationTypeface;

/** Translates the portal's seal options into DSS signature parameters. */
public final class SealParameters {

  /** Viewers show it as the application that made the signature. */
  private static final String APPLICATION_NAME = "Paraph";

  private SealParameters() {}

  /**
   * @param layout the visible annotation, or {@code null} for an invisible seal
   * @param tspSource the TSA of a timestamped level, or {@code null} for B-B
   */
  public static PAdESSignatureParameters of(
      SigningCredential key,
      SealOptions options,
      SealAnnotationLayout layout,
      TSPSource tspSource) {
    PAdESSignatureParameters parameters = new PAdESSignatureParameters();
    parameters.setSignatureLevel(dssLevel(options.level()));
    parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
    parameters.setSigningCertificate(new CertificateToken(key.signingCertificate()));
    parameters.setCertificateChain(
        key.chain().stream().map(CertificateToken::new).collect(Collectors.toList()));
    // PAdES puts the signing time in the signature dictionary (/M), not in the CMS.
    parameters.bLevel().setSigningDate(Date.from(options.signingTime()));
    parameters.setSigningTimeZone(TimeZone.getTimeZone("UTC"));
    parameters.setSignerName(options.organisationName());
    parameters.setReason(options.reason());
    parameters.setLocation(options.location());
    parameters.setContactInfo(options.contact());
    parameters.setAppName(APPLICATION_NAME);

    List<X509Certificate> tsaChain = tsaChain(tspSource);
    parameters.setContentSize(
        ContentsSizeEstimator.forSignature(key.chain(), tsaChain, tspSource != null));
    parameters
        .getArchiveTimestampParameters()
        .setContentSize(ContentsSizeEstimator.forTimestampToken(tsaChain));
    if (layout != null) {
      parameters.setImageParameters(imageParameters(options.placement(), layout));
    }
    if (options.field() != null) {
      // DSS then fills that field; the drawer takes its box from the field's widget.
      SignatureFieldParameters field = parameters.getImageParameters().getFieldParameters();
      field.setFieldId(options.field());
      if (options.placement() != null) {
        field.setPage(options.placement().page());
      }
    }
    return parameters;
  }

  private static SignatureLevel dssLevel(SealLevel level) {
    return switch (level) {
      case B_B -> SignatureLevel.PAdES_BASELINE_B;
      case B_T -> SignatureLevel.PAdES_BASELINE_T;
      case B_LT -> SignatureLevel.PAdES_BASELINE_LT;
      case B_LTA -> SignatureLevel.PAdES_BASELINE_LTA;
    };
  }

  /** The TSA's chain when the source tells it, to size the reservations; else {@code null}. */
  private static List<X509Certificate> tsaChain(TSPSource tspSource) {
    return tspSource instanceof CertifiedTspSource certified ? certified.certificateChain() : null;
  }

  /**
   * DSS positions the box from these: origin at the top left of the page as displayed, which the
   * automatic rotation gives on rotated pages. The text only has to be present: {@link
   * SealAppearanceDrawer} draws it.
   */
  private static SignatureImageParameters imageParameters(
      Placement placement, SealAnnotationLayout layout) {
    SignatureFieldParameters field = new SignatureFieldParameters();
    field.setPage(placement.page());
    field.setOriginX(placement.x());
    field.setOriginY(placement.y());
    field.setWidth(placement.width());
    field.setHeight(placement.height());
    field.setRotation(VisualSignatureRotation.AUTOMATIC);

    SignatureImageTextParameters text = new SignatureImageTextParameters();
    text.setText(layout.joinedText());
    text.setFont(new PdfBoxNativeFont(AnnotationTypeface.dssFont()));
    text.setTextWrapping(TextWrapping.FONT_BASED);
    text.setPadding(0);

    SignatureImageParameters image = new SignatureImageParameters();
    image.setFieldParameters(field);
    image.setTextParameters(text);
    return image;
  }
}
