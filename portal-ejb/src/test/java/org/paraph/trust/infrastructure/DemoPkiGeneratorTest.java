package org.paraph.trust.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CertificateHolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paraph.seals.domain.SealingKey;

class DemoPkiGeneratorTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
  private static final String ORGANISATION = "Acme, Inc.";

  private static DemoPki pki;

  @BeforeAll
  static void generate() {
    pki = new DemoPkiGenerator().generate(ORGANISATION, "https://seal.acme.test/", NOW);
  }

  @Test
  void rootIsASelfSignedTestCaForTwentyYears() throws Exception {
    X509Certificate root = pki.root().signingCertificate();

    assertEquals(
        "CN=Paraph Demo Root CA (TEST),O=Acme\\, Inc.", root.getSubjectX500Principal().getName());
    root.verify(root.getPublicKey());
    assertEquals(3072, ((RSAPublicKey) root.getPublicKey()).getModulus().bitLength());
    assertTrue(root.getBasicConstraints() >= 0, "a CA");
    assertArrayEquals(keyUsage(false, false, false, false, false, true, true), root.getKeyUsage());
    assertEquals(
        NOW.atOffset(ZoneOffset.UTC).plusYears(20).toInstant(), root.getNotAfter().toInstant());
  }

  @Test
  void theSignerCaIsAnIntermediateOfTheRootThatIssuesEndEntitiesOnly() throws Exception {
    SealingKey signerCa =
        new DemoPkiGenerator().signerCa(pki.root(), ORGANISATION, "https://seal.acme.test/", NOW);
    X509Certificate certificate = signerCa.signingCertificate();
    X509Certificate root = pki.root().signingCertificate();

    assertEquals(
        "CN=Paraph Signer CA (TEST),O=Acme\\, Inc.",
        certificate.getSubjectX500Principal().getName());
    certificate.verify(root.getPublicKey());
    assertEquals(List.of(certificate, root), signerCa.chain());
    assertEquals(0, certificate.getBasicConstraints(), "a CA of end entities only");
    assertArrayEquals(
        keyUsage(false, false, false, false, false, true, true), certificate.getKeyUsage());
    assertEquals("https://seal.acme.test/pki/demo-root.crl", crlDistributionPoint(certificate));
    assertEquals("https://seal.acme.test/pki/demo-root.crt", caIssuers(certificate));
  }

  @Test
  void aOneTimeSignerCertificateNamesThePersonForADayWithAFreshEcKey() throws Exception {
    SealingKey signerCa =
        new DemoPkiGenerator().signerCa(pki.root(), ORGANISATION, "https://seal.acme.test/", NOW);
    SealingKey signer =
        new DemoPkiGenerator()
            .oneTimeSigner(
                signerCa, "Zoé Durand", "zoe@example.org", "https://seal.acme.test/", NOW);
    X509Certificate certificate = signer.signingCertificate();
    X509Certificate root = pki.root().signingCertificate();

    certificate.verify(signerCa.signingCertificate().getPublicKey());
    assertEquals(List.of(certificate, signerCa.signingCertificate(), root), signer.chain());
    assertEquals("https://seal.acme.test/pki/signer-ca.crl", crlDistributionPoint(certificate));
    assertEquals("https://seal.acme.test/pki/signer-ca.crt", caIssuers(certificate));
    String subject = certificate.getSubjectX500Principal().getName();
    assertTrue(subject.contains("CN=Zoé Durand"), subject);
    org.bouncycastle.asn1.x500.X500Name name =
        org.bouncycastle.asn1.x500.X500Name.getInstance(
            certificate.getSubjectX500Principal().getEncoded());
    assertEquals(
        "zoe@example.org",
        name.getRDNs(org.bouncycastle.asn1.x500.style.BCStyle.E)[0]
            .getFirst()
            .getValue()
            .toString());
    assertEquals("EC", certificate.getPublicKey().getAlgorithm());
    assertEquals(-1, certificate.getBasicConstraints());
    assertArrayEquals(
        keyUsage(true, true, false, false, false, false, false), certificate.getKeyUsage());
    assertEquals(NOW.plus(Duration.ofDays(1)), certificate.getNotAfter().toInstant());
    SealingKey another =
        new DemoPkiGenerator()
            .oneTimeSigner(signerCa, "Zoé Durand", null, "https://seal.acme.test", NOW);
    assertNotEquals(
        certificate.getPublicKey(),
        another.signingCertificate().getPublicKey(),
        "each signature has a key of its own");
  }

  @Test
  void sealIsIssuedByTheRootWithoutExtendedKeyUsage() throws Exception {
    X509Certificate seal = pki.seal().signingCertificate();
    X509Certificate root = pki.root().signingCertificate();

    assertEquals(
        "CN=Acme\\, Inc. Demo Seal (TEST),O=Acme\\, Inc.",
        seal.getSubjectX500Principal().getName());
    seal.verify(root.getPublicKey());
    assertEquals(List.of(seal, root), pki.seal().chain());
    assertEquals(2048, ((RSAPublicKey) seal.getPublicKey()).getModulus().bitLength());
    assertEquals(-1, seal.getBasicConstraints());
    assertArrayEquals(keyUsage(true, true, false, false, false, false, false), seal.getKeyUsage());
    assertNull(seal.getExtendedKeyUsage());
    assertEquals(
        NOW.atOffset(ZoneOffset.UTC).plusYears(3).toInstant(), seal.getNotAfter().toInstant());
    assertEquals("https://seal.acme.test/pki/demo-root.crl", crlDistributionPoint(seal));
    assertEquals("https://seal.acme.test/pki/demo-root.crt", caIssuers(seal));
  }

  @Test
  void timestampAuthorityHasOnlyTheCriticalTimeStampingPurpose() throws Exception {
    X509Certificate tsa = pki.timestampAuthority().signingCertificate();

    assertEquals(
        "CN=Paraph Demo Timestamp Authority (TEST)", tsa.getSubjectX500Principal().getName());
    tsa.verify(pki.root().signingCertificate().getPublicKey());
    assertEquals(List.of("1.3.6.1.5.5.7.3.8"), tsa.getExtendedKeyUsage());
    assertTrue(tsa.getCriticalExtensionOIDs().contains(Extension.extendedKeyUsage.getId()));
    assertEquals(pki.crlUrl(), crlDistributionPoint(tsa));
  }

  @Test
  void serialNumbersArePositiveAndCarryAtLeast64RandomBits() {
    for (X509Certificate certificate :
        List.of(
            pki.root().signingCertificate(),
            pki.seal().signingCertificate(),
            pki.timestampAuthority().signingCertificate())) {
      assertTrue(certificate.getSerialNumber().signum() > 0);
      assertTrue(certificate.getSerialNumber().bitLength() > 64);
    }
  }

  @Test
  void certificatesAreValidFromSlightlyBeforeNow() {
    Instant notBefore = pki.seal().signingCertificate().getNotBefore().toInstant();

    assertTrue(notBefore.isBefore(NOW));
  }

  /** digitalSignature, nonRepudiation, keyEncipherment, dataEncipherment, keyAgreement, ... */
  private static boolean[] keyUsage(
      boolean digitalSignature,
      boolean nonRepudiation,
      boolean keyEncipherment,
      boolean dataEncipherment,
      boolean keyAgreement,
      boolean keyCertSign,
      boolean crlSign) {
    return new boolean[] {
      digitalSignature,
      nonRepudiation,
      keyEncipherment,
      dataEncipherment,
      keyAgreement,
      keyCertSign,
      crlSign,
      false,
      false
    };
  }

  private static String crlDistributionPoint(X509Certificate certificate) throws Exception {
    CRLDistPoint points =
        CRLDistPoint.fromExtensions(
            new X509CertificateHolder(certificate.getEncoded()).getExtensions());
    DistributionPoint point = points.getDistributionPoints()[0];
    return GeneralNames.getInstance(point.getDistributionPoint().getName())
        .getNames()[0]
        .getName()
        .toString();
  }

  private static String caIssuers(X509Certificate certificate) throws Exception {
    AuthorityInformationAccess access =
        AuthorityInformationAccess.fromExtensions(
            new X509CertificateHolder(certificate.getEncoded()).getExtensions());
    return access.getAccessDescriptions()[0].getAccessLocation().getName().toString();
  }
}
