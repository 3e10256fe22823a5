package org.paraph.it.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

/** What a signed PDF says about its signer, read with PDFBox and BouncyCastle. */
public final class SignedPdfs {

  private SignedPdfs() {}

  /** The certificate of the last signature's signer. */
  public static X509CertificateHolder lastSigner(byte[] pdf) throws IOException, CMSException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDSignature signature = document.getLastSignatureDictionary();
      CMSSignedData cms = new CMSSignedData(signature.getContents(pdf));
      SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
      @SuppressWarnings("unchecked")
      X509CertificateHolder certificate =
          (X509CertificateHolder)
              cms.getCertificates().getMatches(signer.getSID()).iterator().next();
      return certificate;
    }
  }

  /** The URIs of a certificate's CRL distribution points. */
  public static List<String> crlUrls(X509CertificateHolder certificate) {
    List<String> urls = new ArrayList<>();
    Extension extension = certificate.getExtension(Extension.cRLDistributionPoints);
    if (extension == null) {
      return urls;
    }
    for (DistributionPoint point :
        CRLDistPoint.getInstance(extension.getParsedValue()).getDistributionPoints()) {
      DistributionPointName name = point.getDistributionPoint();
      if (name != null && name.getType() == DistributionPointName.FULL_NAME) {
        for (GeneralName general : GeneralNames.getInstance(name.getName()).getNames()) {
          if (general.getTagNo() == GeneralName.uniformResourceIdentifier) {
            urls.add(general.getName().toString());
          }
        }
      }
    }
    return urls;
  }
}
