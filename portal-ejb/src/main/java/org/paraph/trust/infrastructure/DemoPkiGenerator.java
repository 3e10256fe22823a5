package org.paraph.trust.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.paraph.seals.domain.SealingKey;
import org.paraph.trust.domain.CertificateIssuer;

/**
 * Generates the demo PKI a fresh installation seals with, so that sealing works before the
 * organisation brings a real certificate. Every name says TEST: these seals must never pass for
 * production ones.
 */
@ApplicationScoped
public class DemoPkiGenerator implements CertificateIssuer {

  static final String ROOT_CERTIFICATE_PATH = "/pki/demo-root.crt";

  private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";

  /**
   * Backdated so that a validator whose clock is a little behind the portal's does not find the
   * certificates not yet valid.
   */
  private static final Duration BACKDATING = Duration.ofHours(1);

  private final SecureRandom random = new SecureRandom();

  /**
   * Generates a new demo root, seal and timestamp authority.
   *
   * @param organisationName the organisation, as it appears in the certificates (O=...)
   * @param baseUrl the portal's public URL, e.g. {@code https://seal.example.org}, under which it
   *     serves the demo CRL and root certificate
   * @param now the issuing time, normally the injected clock's now
   */
  public DemoPki generate(String organisationName, String baseUrl, Instant now) {
    requireText(organisationName, "organisationName");
    requireText(baseUrl, "baseUrl");
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    String crlUrl = base + CRL_PATH;
    String rootUrl = base + ROOT_CERTIFICATE_PATH;
    try {
      SealingKey root = newRoot(organisationName, now);
      SealingKey seal = newSeal(organisationName, root, now, crlUrl, rootUrl);
      SealingKey tsa = newTimestampAuthority(root, now, crlUrl, rootUrl);
      return new DemoPki(root, seal, tsa, crlUrl, rootUrl);
    } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
      throw new IllegalStateException("The JDK could not generate the demo PKI", e);
    }
  }

  @Override
  public SealingKey root(String organisationName, Instant now) {
    requireText(organisationName, "organisationName");
    try {
      return newRoot(organisationName, now);
    } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
      throw new IllegalStateException("The JDK could not generate the demo root", e);
    }
  }

  @Override
  public SealingKey seal(SealingKey root, String organisationName, String baseUrl, Instant now) {
    requireText(organisationName, "organisationName");
    String base = base(baseUrl);
    try {
      return newSeal(organisationName, root, now, base + CRL_PATH, base + ROOT_CERTIFICATE_PATH);
    } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
      throw new IllegalStateException("The JDK could not generate the demo seal", e);
    }
  }

  @Override
  public SealingKey timestampAuthority(SealingKey root, String baseUrl, Instant now) {
    String base = base(baseUrl);
    try {
      return newTimestampAuthority(root, now, base + CRL_PATH, base + ROOT_CERTIFICATE_PATH);
    } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
      throw new IllegalStateException("The JDK could not generate the demo timestamp authority", e);
    }
  }

  /**
   * The portal's signer CA, under the demo root: it issues the participants' one-time certificates,
   * so that they chain participant, signer CA, root, and its own CRL lists only them. It may sign
   * certificates for end entities only (path length 0).
   *
   * @param root the demo root's key and chain
   * @param baseUrl the portal's public URL, under which the root's CRL and certificate are served
   */
  @Override
  public SealingKey signerCa(
      SealingKey root, String organisationName, String baseUrl, Instant now) {
    requireText(organisationName, "organisationName");
    String base = base(baseUrl);
    try {
      KeyPair keys = rsaKeyPair(2048);
      X500Name subject = name("Paraph Signer CA (TEST)", organisationName);
      X509v3CertificateBuilder builder =
          issuedBy(
                  root,
                  subject,
                  keys.getPublic(),
                  now,
                  yearsAfter(now, 10),
                  base + CRL_PATH,
                  base + ROOT_CERTIFICATE_PATH,
                  new BasicConstraints(0))
              .addExtension(
                  Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      X509Certificate certificate = sign(builder, root.privateKey());
      return new SealingKey(keys.getPrivate(), List.of(certificate, root.signingCertificate()));
    } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
      throw new IllegalStateException("The JDK could not generate the signer CA", e);
    }
  }

  /**
   * A certificate for one signature of one workflow participant, issued by the portal's signer CA:
   * the participant's name and e-mail in the subject, so that a PDF reader's signature panel names
   * the signer, valid for a day and for nothing else. It names the signer CA's CRL and certificate.
   *
   * @param issuer the signer CA's key and chain
   * @param baseUrl the portal's public URL, under which the signer CA's CRL is served
   */
  @Override
  public SealingKey oneTimeSigner(
      SealingKey issuer, String fullName, String email, String baseUrl, Instant now) {
    requireText(fullName, "fullName");
    String base = base(baseUrl);
    try {
      // P-256: a key made for one signature should cost little to make; an RSA-2048 key pair
      // takes tens of milliseconds of CPU, which many participants signing at once queue behind.
      KeyPair keys = ecKeyPair();
      X500NameBuilder subject =
          new X500NameBuilder(BCStyle.INSTANCE)
              .addRDN(BCStyle.OU, "One-time signer certificate (TEST)")
              .addRDN(BCStyle.CN, fullName);
      if (email != null && !email.isBlank()) {
        subject.addRDN(BCStyle.E, email);
      }
      X509v3CertificateBuilder builder =
          issuedBy(
                  issuer,
                  subject.build(),
                  keys.getPublic(),
                  now,
                  now.plus(Duration.ofDays(1)),
                  base + SIGNER_CA_CRL_PATH,
                  base + SIGNER_CA_CERTIFICATE_PATH)
              .addExtension(
                  Extension.keyUsage,
                  true,
                  new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      X509Certificate certificate = sign(builder, issuer.privateKey());
      List<X509Certificate> chain = new ArrayList<>();
      chain.add(certificate);
      chain.addAll(issuer.chain());
      return new SealingKey(keys.getPrivate(), chain);
    } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
      throw new IllegalStateException("The JDK could not issue a signer certificate", e);
    }
  }

  private static String base(String baseUrl) {
    requireText(baseUrl, "baseUrl");
    return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  private SealingKey newRoot(String organisationName, Instant now)
      throws GeneralSecurityException, OperatorCreationException, CertIOException {
    KeyPair keys = rsaKeyPair(3072);
    X500Name name = name("Paraph Demo Root CA (TEST)", organisationName);
    JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
    X509v3CertificateBuilder builder =
        builder(name, name, keys.getPublic(), now, yearsAfter(now, 20))
            .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
            .addExtension(
                Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
            .addExtension(
                Extension.subjectKeyIdentifier,
                false,
                extensions.createSubjectKeyIdentifier(keys.getPublic()));
    X509Certificate certificate = sign(builder, keys.getPrivate());
    return new SealingKey(keys.getPrivate(), List.of(certificate));
  }

  private SealingKey newSeal(
      String organisationName, SealingKey root, Instant now, String crlUrl, String rootUrl)
      throws GeneralSecurityException, OperatorCreationException, CertIOException {
    KeyPair keys = rsaKeyPair(2048);
    X500Name subject = name(organisationName + " Demo Seal (TEST)", organisationName);
    // No extended key usage: NSS (pdfsig, Firefox) rejects a seal whose only purpose is
    // documentSigning, and without the extension every purpose is allowed.
    X509v3CertificateBuilder builder =
        issuedBy(root, subject, keys.getPublic(), now, yearsAfter(now, 3), crlUrl, rootUrl)
            .addExtension(
                Extension.keyUsage,
                true,
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
    X509Certificate certificate = sign(builder, root.privateKey());
    return new SealingKey(keys.getPrivate(), List.of(certificate, root.signingCertificate()));
  }

  private SealingKey newTimestampAuthority(
      SealingKey root, Instant now, String crlUrl, String rootUrl)
      throws GeneralSecurityException, OperatorCreationException, CertIOException {
    KeyPair keys = rsaKeyPair(2048);
    X500Name subject =
        new X500NameBuilder(BCStyle.INSTANCE)
            .addRDN(BCStyle.CN, "Paraph Demo Timestamp Authority (TEST)")
            .build();
    // Longer than the seal: a timestamp is meant to prove the time after the seal has expired.
    X509v3CertificateBuilder builder =
        issuedBy(root, subject, keys.getPublic(), now, yearsAfter(now, 5), crlUrl, rootUrl)
            .addExtension(
                Extension.keyUsage,
                true,
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation))
            // RFC 3161 section 2.3: the only purpose, and critical.
            .addExtension(
                Extension.extendedKeyUsage,
                true,
                new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
    X509Certificate certificate = sign(builder, root.privateKey());
    return new SealingKey(keys.getPrivate(), List.of(certificate, root.signingCertificate()));
  }

  /** An end-entity certificate builder with the extensions a validator needs to find its issuer. */
  private X509v3CertificateBuilder issuedBy(
      SealingKey issuer,
      X500Name subject,
      PublicKey subjectKey,
      Instant now,
      Instant notAfter,
      String crlUrl,
      String issuerUrl)
      throws GeneralSecurityException, CertIOException {
    return issuedBy(
        issuer, subject, subjectKey, now, notAfter, crlUrl, issuerUrl, new BasicConstraints(false));
  }

  /** A certificate builder with the extensions a validator needs to find and check its issuer. */
  private X509v3CertificateBuilder issuedBy(
      SealingKey issuer,
      X500Name subject,
      PublicKey subjectKey,
      Instant now,
      Instant notAfter,
      String crlUrl,
      String issuerUrl,
      BasicConstraints basicConstraints)
      throws GeneralSecurityException, CertIOException {
    X509Certificate issuerCertificate = issuer.signingCertificate();
    X500Name issuerName =
        X500Name.getInstance(issuerCertificate.getSubjectX500Principal().getEncoded());
    JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
    GeneralName crlLocation = new GeneralName(GeneralName.uniformResourceIdentifier, crlUrl);
    return builder(issuerName, subject, subjectKey, now, notAfter)
        .addExtension(Extension.basicConstraints, true, basicConstraints)
        .addExtension(
            Extension.subjectKeyIdentifier,
            false,
            extensions.createSubjectKeyIdentifier(subjectKey))
        .addExtension(
            Extension.authorityKeyIdentifier,
            false,
            extensions.createAuthorityKeyIdentifier(issuerCertificate.getPublicKey()))
        .addExtension(
            Extension.cRLDistributionPoints,
            false,
            new CRLDistPoint(
                new DistributionPoint[] {
                  new DistributionPoint(
                      new DistributionPointName(new GeneralNames(crlLocation)), null, null)
                }))
        .addExtension(
            Extension.authorityInfoAccess,
            false,
            new AuthorityInformationAccess(
                AccessDescription.id_ad_caIssuers,
                new GeneralName(GeneralName.uniformResourceIdentifier, issuerUrl)));
  }

  private X509v3CertificateBuilder builder(
      X500Name issuer, X500Name subject, PublicKey subjectKey, Instant now, Instant notAfter) {
    return new JcaX509v3CertificateBuilder(
        issuer,
        serialNumber(),
        Date.from(now.minus(BACKDATING)),
        Date.from(notAfter),
        subject,
        subjectKey);
  }

  /** RFC 5280 wants positive serials of at most 20 octets; CA/B Forum wants 64 random bits. */
  private BigInteger serialNumber() {
    return new BigInteger(71, random).setBit(70);
  }

  private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
      throws OperatorCreationException, GeneralSecurityException {
    ContentSigner signer = new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(issuerKey);
    return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
  }

  private KeyPair ecKeyPair() throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"), random);
    return generator.generateKeyPair();
  }

  private KeyPair rsaKeyPair(int bits) throws GeneralSecurityException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(bits, random);
    return generator.generateKeyPair();
  }

  /**
   * Most significant first in the encoding (O, then CN), so that RFC 4514 strings read "CN=...,
   * O=...". The builder escapes commas and the like, which organisation names often contain.
   */
  private static X500Name name(String commonName, String organisationName) {
    return new X500NameBuilder(BCStyle.INSTANCE)
        .addRDN(BCStyle.O, organisationName)
        .addRDN(BCStyle.CN, commonName)
        .build();
  }

  private static Instant yearsAfter(Instant start, int years) {
    return start.atOffset(ZoneOffset.UTC).plusYears(years).toInstant();
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
