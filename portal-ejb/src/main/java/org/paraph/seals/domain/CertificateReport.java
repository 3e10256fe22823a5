package org.paraph.seals.domain;

import java.security.PublicKey;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.paraph.seals.domain.CertificateWarning.Kind;

/**
 * What an administrator needs to know about a seal's certificate before trusting documents to it:
 * who it names, who issued it, when it is valid, its key, and what would make verifiers refuse or
 * doubt the seals it makes.
 */
public record CertificateReport(
    String subject,
    String issuer,
    Instant notBefore,
    Instant notAfter,
    String keyType,
    List<CertificateWarning> warnings) {

  /** Long enough to renew a certificate before seals start failing. */
  public static final Duration EXPIRY_WARNING = Duration.ofDays(30);

  private static final int DIGITAL_SIGNATURE = 0;
  private static final int NON_REPUDIATION = 1;
  private static final String DOCUMENT_SIGNING = "1.3.6.1.5.5.7.3.36";
  private static final String ADOBE_AUTHENTIC_DOCUMENTS_TRUST = "1.2.840.113583.1.1.5";
  private static final String EMAIL_PROTECTION = "1.3.6.1.5.5.7.3.4";
  private static final String ANY_EXTENDED_KEY_USAGE = "2.5.29.37.0";

  public CertificateReport {
    warnings = List.copyOf(warnings);
  }

  public static CertificateReport of(X509Certificate certificate, Instant now) {
    List<CertificateWarning> warnings = new ArrayList<>();
    Instant notBefore = certificate.getNotBefore().toInstant();
    Instant notAfter = certificate.getNotAfter().toInstant();
    if (certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
      warnings.add(CertificateWarning.of(Kind.SELF_SIGNED));
    }
    if (now.isAfter(notAfter)) {
      warnings.add(new CertificateWarning(Kind.EXPIRED, notAfter));
    } else if (now.isBefore(notBefore)) {
      warnings.add(new CertificateWarning(Kind.NOT_YET_VALID, notBefore));
    } else if (now.plus(EXPIRY_WARNING).isAfter(notAfter)) {
      warnings.add(new CertificateWarning(Kind.EXPIRES_SOON, notAfter));
    }
    boolean[] keyUsage = certificate.getKeyUsage();
    if (keyUsage != null && !keyUsage[DIGITAL_SIGNATURE] && !keyUsage[NON_REPUDIATION]) {
      warnings.add(CertificateWarning.of(Kind.NO_SIGNING_KEY_USAGE));
    }
    List<String> extendedKeyUsage = extendedKeyUsage(certificate);
    if (!extendedKeyUsage.isEmpty()
        && extendedKeyUsage.stream()
            .noneMatch(
                oid ->
                    oid.equals(EMAIL_PROTECTION)
                        || oid.equals(ANY_EXTENDED_KEY_USAGE)
                        || oid.equals(ADOBE_AUTHENTIC_DOCUMENTS_TRUST))) {
      warnings.add(
          CertificateWarning.of(
              extendedKeyUsage.contains(DOCUMENT_SIGNING)
                  ? Kind.DOCUMENT_SIGNING_ONLY
                  : Kind.NO_DOCUMENT_SIGNING_USAGE));
    }
    return new CertificateReport(
        certificate.getSubjectX500Principal().getName(),
        certificate.getIssuerX500Principal().getName(),
        notBefore,
        notAfter,
        keyType(certificate.getPublicKey()),
        warnings);
  }

  public boolean hasWarnings() {
    return !warnings.isEmpty();
  }

  private static List<String> extendedKeyUsage(X509Certificate certificate) {
    try {
      List<String> usages = certificate.getExtendedKeyUsage();
      return usages == null ? List.of() : usages;
    } catch (CertificateParsingException e) {
      return List.of("unreadable");
    }
  }

  private static String keyType(PublicKey key) {
    if (key instanceof RSAPublicKey rsa) {
      return "RSA " + rsa.getModulus().bitLength();
    }
    if (key instanceof ECPublicKey ec) {
      return "EC " + ec.getParams().getCurve().getField().getFieldSize();
    }
    return key.getAlgorithm();
  }
}
