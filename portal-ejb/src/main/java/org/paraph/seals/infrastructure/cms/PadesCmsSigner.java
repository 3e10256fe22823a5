package org.paraph.seals.infrastructure.cms;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.TimestampBinary;
import eu.europa.esig.dss.spi.x509.tsp.TSPSource;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAlgorithmProtection;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.IssuerAndSerialNumber;
import org.bouncycastle.asn1.cms.SignerIdentifier;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.paraph.seals.domain.SealingFailedException;
import org.paraph.seals.domain.SigningCredential;
import org.paraph.seals.infrastructure.tsa.GuardedTspSource;

/**
 * Builds the CMS SignedData of a PAdES baseline signature ({@code ETSI.CAdES.detached}) from the
 * digest of the byte ranges, with the same attributes as DSS: content type, CMS algorithm
 * protection, message digest and signing certificate v2 signed; for B-T a signature timestamp
 * unsigned. No signing-time attribute: PAdES puts the time in the signature dictionary.
 *
 * <p>Everything that depends on the key alone (the certificates' encodings, the signer identifier,
 * the signing-certificate-v2 attribute, the algorithm identifiers) is computed once per key, so
 * that a seal costs one digest over the document, one private-key operation and a few hundred bytes
 * of DER, assembled from those encoded parts rather than re-encoded by BouncyCastle (which would
 * walk the certificates' structures again on every seal). Thread-safe.
 */
public final class PadesCmsSigner {

  private static final AlgorithmIdentifier SHA256 =
      new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256);

  private static final byte[] VERSION_1 = {0x02, 0x01, 0x01};

  private final SigningCredential key;
  private final String jcaAlgorithm;

  /** The signed attributes in DER order, the message digest's place left empty. */
  private final byte[][] signedAttributes;

  private final int messageDigestIndex;

  /** SignerInfo's version, signer identifier and digest algorithm, encoded. */
  private final byte[] signerInfoStart;

  private final byte[] signatureAlgorithmEncoding;

  /** SignedData's version, digest algorithms, content info and certificates, encoded. */
  private final byte[] signedDataStart;

  private final byte[] contentInfoType;

  private PadesCmsSigner(
      SigningCredential key, String jcaAlgorithm, AlgorithmIdentifier signatureAlgorithm) {
    this.key = key;
    this.jcaAlgorithm = jcaAlgorithm;
    try {
      List<X509Certificate> chain = key.chain();
      ASN1Encodable[] encoded = new ASN1Encodable[chain.size()];
      for (int i = 0; i < chain.size(); i++) {
        encoded[i] = Certificate.getInstance(chain.get(i).getEncoded());
      }
      Certificate signer = (Certificate) encoded[0];
      SignerIdentifier signerIdentifier =
          new SignerIdentifier(
              new IssuerAndSerialNumber(signer.getIssuer(), signer.getSerialNumber().getValue()));
      byte[] certificateHash = sha256().digest(chain.get(0).getEncoded());
      IssuerSerial issuerSerial =
          new IssuerSerial(
              new GeneralNames(new GeneralName(X500Name.getInstance(signer.getIssuer()))),
              new ASN1Integer(signer.getSerialNumber().getValue()));
      Attribute signingCertificate =
          new Attribute(
              PKCSObjectIdentifiers.id_aa_signingCertificateV2,
              new DERSet(
                  new SigningCertificateV2(
                      new ESSCertIDv2[] {new ESSCertIDv2(certificateHash, issuerSerial)})));
      Attribute algorithmProtection =
          new Attribute(
              CMSAttributes.cmsAlgorithmProtect,
              new DERSet(
                  new CMSAlgorithmProtection(
                      SHA256, CMSAlgorithmProtection.SIGNATURE, signatureAlgorithm)));
      Attribute contentType =
          new Attribute(CMSAttributes.contentType, new DERSet(CMSObjectIdentifiers.data));
      Attribute messageDigest = messageDigest(new byte[32]);
      // DER orders a SET OF by encoding; a digest's encoding differs only after the OID, so the
      // order found with a blank digest holds for every digest.
      ASN1Encodable[] sorted =
          new DERSet(
                  new ASN1Encodable[] {
                    contentType, algorithmProtection, messageDigest, signingCertificate
                  })
              .toArray();
      this.signedAttributes = new byte[sorted.length][];
      int digestAt = -1;
      for (int i = 0; i < sorted.length; i++) {
        if (sorted[i] == messageDigest) {
          digestAt = i;
        } else {
          signedAttributes[i] = der(sorted[i]);
        }
      }
      this.messageDigestIndex = digestAt;
      this.signerInfoStart = concat(VERSION_1, der(signerIdentifier), der(SHA256));
      this.signatureAlgorithmEncoding = der(signatureAlgorithm);
      byte[] certificateSet = der(new DERSet(encoded));
      certificateSet[0] = (byte) 0xA0; // [0] IMPLICIT CertificateSet
      this.signedDataStart =
          concat(
              VERSION_1,
              der(new DERSet(SHA256)),
              der(new ContentInfo(CMSObjectIdentifiers.data, null)),
              certificateSet);
      this.contentInfoType = der(CMSObjectIdentifiers.signedData);
    } catch (CertificateEncodingException e) {
      throw new IllegalArgumentException("A certificate of the chain cannot be encoded", e);
    }
  }

  /** A signer for this key, or empty for a key type this builder does not know (DSS then signs). */
  public static Optional<PadesCmsSigner> forKey(SigningCredential key) {
    return switch (key.signingCertificate().getPublicKey().getAlgorithm()) {
      case "RSA" ->
          Optional.of(
              new PadesCmsSigner(
                  key,
                  "SHA256withRSA",
                  new AlgorithmIdentifier(
                      PKCSObjectIdentifiers.sha256WithRSAEncryption, DERNull.INSTANCE)));
      case "EC" ->
          Optional.of(
              new PadesCmsSigner(
                  key,
                  "SHA256withECDSA",
                  new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256)));
      default -> Optional.empty();
    };
  }

  /** The key this signer signs with. */
  SigningCredential key() {
    return key;
  }

  /**
   * The DER-encoded CMS ContentInfo to put in /Contents.
   *
   * @param documentDigest SHA-256 of the signature's byte ranges
   * @param tspSource the TSA for a signature timestamp, or {@code null} for B-B
   */
  public byte[] sign(byte[] documentDigest, TSPSource tspSource) {
    byte[][] attributes = signedAttributes.clone();
    attributes[messageDigestIndex] = der(messageDigest(documentDigest));
    byte[] attributeContent = concat(attributes);
    byte[] signatureValue = signatureValue(tlv(0x31, attributeContent));
    byte[] unsigned = new byte[0];
    if (tspSource != null) {
      unsigned = tlv(0xA1, der(signatureTimestamp(signatureValue, tspSource)));
    }
    byte[] signerInfo =
        tlv(
            0x30,
            concat(
                signerInfoStart,
                tlv(0xA0, attributeContent),
                signatureAlgorithmEncoding,
                tlv(0x04, signatureValue),
                unsigned));
    byte[] signedData = tlv(0x30, concat(signedDataStart, tlv(0x31, signerInfo)));
    return tlv(0x30, concat(contentInfoType, tlv(0xA0, signedData)));
  }

  private static Attribute messageDigest(byte[] digest) {
    return new Attribute(CMSAttributes.messageDigest, new DERSet(new DEROctetString(digest)));
  }

  private static byte[] der(ASN1Encodable value) {
    try {
      return value.toASN1Primitive().getEncoded(ASN1Encoding.DER);
    } catch (IOException e) {
      throw new IllegalStateException("DER encoding failed", e);
    }
  }

  /** A DER tag, length and value. */
  private static byte[] tlv(int tag, byte[] value) {
    int length = value.length;
    int lengthBytes = length < 0x80 ? 0 : length < 0x100 ? 1 : length < 0x10000 ? 2 : 3;
    byte[] result = new byte[2 + lengthBytes + length];
    result[0] = (byte) tag;
    if (lengthBytes == 0) {
      result[1] = (byte) length;
    } else {
      result[1] = (byte) (0x80 | lengthBytes);
      for (int i = 0; i < lengthBytes; i++) {
        result[2 + i] = (byte) (length >>> (8 * (lengthBytes - 1 - i)));
      }
    }
    System.arraycopy(value, 0, result, 2 + lengthBytes, length);
    return result;
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] result = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, result, at, part.length);
      at += part.length;
    }
    return result;
  }

  /** The credential signs: in memory, in a token (PKCS#11) or at a trust service (CSC). */
  private byte[] signatureValue(byte[] toBeSigned) {
    return key.sign(jcaAlgorithm, toBeSigned);
  }

  /** ETSI EN 319 122-1 signature timestamp: over the signature value's octets. */
  private static Attribute signatureTimestamp(byte[] signatureValue, TSPSource tspSource) {
    byte[] imprint = sha256().digest(signatureValue);
    TimestampBinary token =
        new GuardedTspSource(tspSource).getTimeStampResponse(DigestAlgorithm.SHA256, imprint);
    ASN1Primitive tokenInfo;
    try {
      tokenInfo = ASN1Primitive.fromByteArray(token.getBytes());
    } catch (IOException e) {
      throw SealingFailedException.timestampUnavailable("the token cannot be parsed", e);
    }
    return new Attribute(
        PKCSObjectIdentifiers.id_aa_signatureTimeStampToken, new DERSet(tokenInfo));
  }

  public static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
