package org.paraph.seals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.paraph.seals.domain.CertificateWarning.Kind;

class CertificateReportTest {

  private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

  @Test
  void aHealthySealCertificateHasNoWarning() throws Exception {
    X509Certificate ca =
        certificate(
            "CN=Root",
            "CN=Root",
            NOW.minus(Duration.ofDays(10)),
            NOW.plus(Duration.ofDays(900)),
            KeyUsage.keyCertSign,
            null);
    X509Certificate seal =
        certificate(
            "CN=Seal, O=ACME SA",
            "CN=Root",
            NOW.minus(Duration.ofDays(1)),
            NOW.plus(Duration.ofDays(365)),
            KeyUsage.digitalSignature | KeyUsage.nonRepudiation,
            null);

    CertificateReport report = CertificateReport.of(seal, NOW);

    assertEquals(List.of(), report.warnings());
    assertEquals("O=ACME SA,CN=Seal", report.subject(), "RFC 2253: the last component first");
    assertEquals("CN=Root", report.issuer());
    assertEquals("RSA 2048", report.keyType());
    assertFalse(CertificateReport.of(ca, NOW).warnings().isEmpty(), "a root is self-signed");
  }

  @Test
  void selfSignedExpiredSoonAndWrongUsagesAreEachSaid() throws Exception {
    X509Certificate expiring =
        certificate(
            "CN=Me",
            "CN=Me",
            NOW.minus(Duration.ofDays(300)),
            NOW.plus(Duration.ofDays(10)),
            KeyUsage.keyEncipherment,
            KeyPurposeId.id_kp_serverAuth);

    List<CertificateWarning> warnings = CertificateReport.of(expiring, NOW).warnings();

    // What each says, in words, is the pages' (SealLabelsTest in portal-web)
    assertTrue(
        warnings.contains(new CertificateWarning(Kind.SELF_SIGNED, null)), warnings::toString);
    assertTrue(
        warnings.contains(new CertificateWarning(Kind.EXPIRES_SOON, NOW.plus(Duration.ofDays(10)))),
        warnings::toString);
    assertEquals(30, CertificateReport.EXPIRY_WARNING.toDays(), "within 30 days");
    assertTrue(
        warnings.contains(new CertificateWarning(Kind.NO_SIGNING_KEY_USAGE, null)),
        warnings::toString);
    assertTrue(
        warnings.contains(new CertificateWarning(Kind.NO_DOCUMENT_SIGNING_USAGE, null)),
        warnings::toString);
  }

  @Test
  void anExpiredCertificateAndADocumentSigningOnlyOneAreFlagged() throws Exception {
    X509Certificate expired =
        certificate(
            "CN=Old",
            "CN=Root",
            NOW.minus(Duration.ofDays(800)),
            NOW.minus(Duration.ofDays(1)),
            KeyUsage.digitalSignature,
            null);
    X509Certificate documentSigning =
        certificate(
            "CN=Doc",
            "CN=Root",
            NOW.minus(Duration.ofDays(1)),
            NOW.plus(Duration.ofDays(800)),
            KeyUsage.digitalSignature,
            KeyPurposeId.getInstance(
                new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.3.6.1.5.5.7.3.36")));

    assertEquals(
        new CertificateWarning(Kind.EXPIRED, NOW.minus(Duration.ofDays(1))),
        CertificateReport.of(expired, NOW).warnings().get(0));
    assertEquals(
        Kind.DOCUMENT_SIGNING_ONLY,
        CertificateReport.of(documentSigning, NOW).warnings().get(0).kind());
  }

  private static X509Certificate certificate(
      String subject,
      String issuer,
      Instant from,
      Instant to,
      int keyUsage,
      KeyPurposeId extendedKeyUsage)
      throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair keys = generator.generateKeyPair();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
            new X500Name(issuer),
            BigInteger.valueOf(NOW.toEpochMilli()),
            Date.from(from),
            Date.from(to),
            new X500Name(subject),
            keys.getPublic());
    builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
    builder.addExtension(
        Extension.basicConstraints, true, new BasicConstraints(subject.equals(issuer)));
    if (extendedKeyUsage != null) {
      builder.addExtension(
          Extension.extendedKeyUsage, false, new ExtendedKeyUsage(extendedKeyUsage));
    }
    return new JcaX509CertificateConverter()
        .getCertificate(
            builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
  }
}
