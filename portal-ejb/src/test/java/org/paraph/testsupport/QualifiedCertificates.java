package org.paraph.testsupport;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.qualified.ETSIQCObjectIdentifiers;
import org.bouncycastle.asn1.x509.qualified.QCStatement;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.paraph.seals.domain.SealingKey;

/**
 * Issues the certificate a qualified trust service holds for a natural person: RSA-2048, the
 * person's name as common name (and as given name and surname), non-repudiation, and the ETSI EN
 * 319 412-5 QC statements that say "EU qualified certificate, for electronic signatures, key in a
 * qualified device". Test only: the issuer is a test CA, so no validator that follows the EU
 * trusted lists will call it qualified.
 */
final class QualifiedCertificates {

  /** ETSI EN 319 412-5: id-etsi-qct-esign, the QcType of certificates for e-signatures. */
  private static final ASN1ObjectIdentifier QCT_ESIGN =
      new ASN1ObjectIdentifier("0.4.0.1862.1.6.1");

  private final SecureRandom random = new SecureRandom();

  SealingKey issue(SealingKey ca, String commonName, String crlUrl, Instant now) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048, random);
      KeyPair keys = generator.generateKeyPair();
      // ETSI EN 319 412-2 asks a natural person's certificate for given name and surname too.
      String[] names = commonName.split(" ", 2);
      X500NameBuilder subjectNames = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "EU");
      if (names.length == 2) {
        subjectNames.addRDN(BCStyle.GIVENNAME, names[0]).addRDN(BCStyle.SURNAME, names[1]);
      }
      X500Name subject = subjectNames.addRDN(BCStyle.CN, commonName).build();
      X509Certificate issuer = ca.signingCertificate();
      ASN1EncodableVector statements = new ASN1EncodableVector();
      statements.add(new QCStatement(ETSIQCObjectIdentifiers.id_etsi_qcs_QcCompliance));
      statements.add(new QCStatement(ETSIQCObjectIdentifiers.id_etsi_qcs_QcSSCD));
      statements.add(
          new QCStatement(ETSIQCObjectIdentifiers.id_etsi_qcs_QcType, new DERSequence(QCT_ESIGN)));
      JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
      GeneralName crl = new GeneralName(GeneralName.uniformResourceIdentifier, crlUrl);
      var builder =
          new JcaX509v3CertificateBuilder(
                  X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded()),
                  new BigInteger(71, random).setBit(70),
                  Date.from(now.minus(Duration.ofHours(1))),
                  Date.from(now.plus(Duration.ofDays(365))),
                  subject,
                  keys.getPublic())
              .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
              .addExtension(
                  Extension.keyUsage,
                  true,
                  new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
              .addExtension(
                  Extension.subjectKeyIdentifier,
                  false,
                  extensions.createSubjectKeyIdentifier(keys.getPublic()))
              .addExtension(
                  Extension.authorityKeyIdentifier,
                  false,
                  extensions.createAuthorityKeyIdentifier(issuer.getPublicKey()))
              .addExtension(
                  Extension.cRLDistributionPoints,
                  false,
                  new CRLDistPoint(
                      new DistributionPoint[] {
                        new DistributionPoint(
                            new DistributionPointName(new GeneralNames(crl)), null, null)
                      }))
              .addExtension(Extension.qCStatements, false, new DERSequence(statements));
      X509Certificate certificate =
          new JcaX509CertificateConverter()
              .getCertificate(
                  builder.build(
                      new JcaContentSignerBuilder("SHA256withRSA").build(ca.privateKey())));
      return new SealingKey(keys.getPrivate(), List.of(certificate, issuer));
    } catch (GeneralSecurityException
        | org.bouncycastle.operator.OperatorCreationException
        | org.bouncycastle.cert.CertIOException e) {
      throw new IllegalStateException("Could not issue a qualified test certificate", e);
    }
  }
}
