package org.paraph.it.support;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certification authority of the test's own, made with BouncyCastle, that issues a person's
 * certificate as a PKCS#12 file, and its (empty) CRL: what a user brings from their own CA. Nothing
 * the portal generates is involved, so a signature that verifies against this CA was made with the
 * uploaded key.
 */
public final class PersonalPki {

  private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());

  private final String crlUrl;
  private final KeyPair caKeys;
  private final X509Certificate ca;

  private PersonalPki(String caName, String crlUrl) throws Exception {
    this.crlUrl = crlUrl;
    this.caKeys = rsaKeys();
    Instant now = Instant.now();
    X500Name subject = new X500Name("CN=" + caName + ",O=Personal Test CA");
    JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
                subject,
                serial(),
                Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(Duration.ofDays(3650))),
                subject,
                caKeys.getPublic())
            .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
            .addExtension(
                Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
            .addExtension(
                Extension.subjectKeyIdentifier,
                false,
                utils.createSubjectKeyIdentifier(caKeys.getPublic()));
    this.ca = sign(builder, caKeys.getPrivate());
  }

  /**
   * @param crlUrl where the issued certificates say the CRL is; never fetched by the tests, which
   *     hand the CRL to the validator
   */
  public static PersonalPki create(String caName, String crlUrl) throws Exception {
    return new PersonalPki(caName, crlUrl);
  }

  public X509Certificate caCertificate() {
    return ca;
  }

  public String crlUrl() {
    return crlUrl;
  }

  /** A person's certificate (digitalSignature, nonRepudiation) valid for {@code validity}. */
  public Issued issue(String commonName, String email, Duration validity) throws Exception {
    KeyPair keys = rsaKeys();
    Instant now = Instant.now();
    JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
    X509v3CertificateBuilder builder =
        new JcaX509v3CertificateBuilder(
                ca,
                serial(),
                Date.from(now.minus(Duration.ofHours(1))),
                Date.from(now.plus(validity)),
                new X500Name("CN=" + commonName + ",E=" + email),
                keys.getPublic())
            .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
            .addExtension(
                Extension.keyUsage,
                true,
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
            .addExtension(
                Extension.authorityKeyIdentifier,
                false,
                utils.createAuthorityKeyIdentifier(ca.getPublicKey()))
            .addExtension(
                Extension.cRLDistributionPoints,
                false,
                new CRLDistPoint(
                    new DistributionPoint[] {
                      new DistributionPoint(
                          new DistributionPointName(
                              new GeneralNames(
                                  new GeneralName(GeneralName.uniformResourceIdentifier, crlUrl))),
                          null,
                          null)
                    }));
    return new Issued(keys.getPrivate(), sign(builder, caKeys.getPrivate()), ca);
  }

  /** An empty CRL issued now, valid a week. */
  public byte[] crl() throws Exception {
    Instant now = Instant.now();
    X509v2CRLBuilder builder =
        new X509v2CRLBuilder(
                X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()), Date.from(now))
            .setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
    builder.addExtension(Extension.cRLNumber, false, new CRLNumber(serial()));
    builder.addExtension(
        Extension.authorityKeyIdentifier,
        false,
        new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca.getPublicKey()));
    return builder
        .build(new JcaContentSignerBuilder("SHA256withRSA").build(caKeys.getPrivate()))
        .getEncoded();
  }

  /** A person's key and certificate, with the CA's certificate. */
  public record Issued(PrivateKey key, X509Certificate certificate, X509Certificate ca) {

    /** Written as PKCS#12 under this password, as a user would export it. */
    public Path writePkcs12(Path file, String password) throws Exception {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(
          "personal", key, password.toCharArray(), new Certificate[] {certificate, ca});
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      store.store(out, password.toCharArray());
      return Files.write(file, out.toByteArray());
    }
  }

  private static KeyPair rsaKeys() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair();
  }

  private static BigInteger serial() {
    return BigInteger.valueOf(SERIALS.incrementAndGet());
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
      throws Exception {
    return new JcaX509CertificateConverter()
        .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(key)));
  }
}
