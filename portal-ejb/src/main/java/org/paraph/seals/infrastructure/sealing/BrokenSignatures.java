package org.paraph.seals.infrastructure.sealing;

import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.validation.PAdESSignature;
import eu.europa.esig.dss.pades.validation.PDFDocumentAnalyzer;
import eu.europa.esig.dss.pades.validation.PdfSignatureDictionary;
import eu.europa.esig.dss.pades.validation.PdfSignatureField;
import eu.europa.esig.dss.spi.DSSASN1Utils;
import eu.europa.esig.dss.spi.signature.AdvancedSignature;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The signatures of a PDF whose bytes no longer match them, described for a person: the field, the
 * signer and the date the signature claims. Only asked once DSS refused to extend over one of them,
 * so the cost of a second parse is paid by the failing document alone.
 */
final class BrokenSignatures {

  private BrokenSignatures() {}

  static List<String> in(byte[] pdf) {
    List<String> broken = new ArrayList<>();
    try {
      PDFDocumentAnalyzer analyzer = new PDFDocumentAnalyzer(new InMemoryDocument(pdf));
      analyzer.setCertificateVerifier(new CommonCertificateVerifier());
      for (AdvancedSignature signature : analyzer.getSignatures()) {
        if (signature instanceof PAdESSignature pades
            && !pades.getSignatureCryptographicVerification().isSignatureIntact()) {
          broken.add(describe(pades));
        }
      }
    } catch (RuntimeException e) {
      // Naming is a courtesy: the refusal stands without it.
      return List.of();
    }
    return broken;
  }

  private static String describe(PAdESSignature signature) {
    StringBuilder out = new StringBuilder("the signature");
    String fields =
        signature.getPdfRevision().getFields().stream()
            .map(PdfSignatureField::getFieldName)
            .filter(name -> name != null && !name.isBlank())
            .map(name -> "'" + name + "'")
            .collect(Collectors.joining(", "));
    if (!fields.isEmpty()) {
      out.append(" in field ").append(fields);
    }
    String signer = signer(signature);
    if (signer != null) {
      out.append(" by ").append(signer);
    }
    if (signature.getSigningTime() != null) {
      out.append(" dated ").append(signature.getSigningTime().toInstant());
    }
    return out.toString();
  }

  private static String signer(PAdESSignature signature) {
    CertificateToken certificate = signature.getSigningCertificateToken();
    if (certificate != null) {
      return DSSASN1Utils.getHumanReadableName(certificate);
    }
    PdfSignatureDictionary dictionary = signature.getPdfRevision().getPdfSigDictInfo();
    String name = dictionary == null ? null : dictionary.getSignerName();
    return name == null || name.isBlank() ? null : name;
  }
}
