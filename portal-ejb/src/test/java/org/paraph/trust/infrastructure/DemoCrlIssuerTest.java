package org.paraph.trust.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoCrlIssuerTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  private static DemoPki pki;

  @BeforeAll
  static void generate() {
    pki = new DemoPkiGenerator().generate("CRL Test", "https://paraph.test", NOW);
  }

  @Test
  void issuesAnEmptyCrlSignedByTheRootForSevenDays() throws Exception {
    X509Certificate root = pki.root().signingCertificate();

    X509CRL crl = parse(new DemoCrlIssuer().issue(pki.root(), NOW));

    crl.verify(root.getPublicKey());
    assertEquals(root.getSubjectX500Principal(), crl.getIssuerX500Principal());
    assertEquals(NOW, crl.getThisUpdate().toInstant());
    assertEquals(NOW.plus(Duration.ofDays(7)), crl.getNextUpdate().toInstant());
    assertNull(crl.getRevokedCertificates());
    assertArrayEquals(keyIdentifierOf(root), authorityKeyIdentifierOf(crl));
  }

  @Test
  void crlNumberGrowsWithTime() throws Exception {
    DemoCrlIssuer issuer = new DemoCrlIssuer();

    BigInteger first = crlNumber(parse(issuer.issue(pki.root(), NOW)));
    BigInteger later = crlNumber(parse(issuer.issue(pki.root(), NOW.plusSeconds(3600))));

    assertTrue(later.compareTo(first) > 0);
  }

  private static X509CRL parse(byte[] der) throws Exception {
    return (X509CRL)
        CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
  }

  private static BigInteger crlNumber(X509CRL crl) {
    byte[] value = crl.getExtensionValue(Extension.cRLNumber.getId());
    return ASN1Integer.getInstance(ASN1OctetString.getInstance(value).getOctets()).getValue();
  }

  private static byte[] authorityKeyIdentifierOf(X509CRL crl) {
    byte[] value = crl.getExtensionValue(Extension.authorityKeyIdentifier.getId());
    return AuthorityKeyIdentifier.getInstance(ASN1OctetString.getInstance(value).getOctets())
        .getKeyIdentifier();
  }

  private static byte[] keyIdentifierOf(X509Certificate certificate) {
    byte[] value = certificate.getExtensionValue(Extension.subjectKeyIdentifier.getId());
    return SubjectKeyIdentifier.getInstance(ASN1OctetString.getInstance(value).getOctets())
        .getKeyIdentifier();
  }
}
