package org.paraph.seals.infrastructure.cms;

import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * How many bytes to reserve in the PDF for the signature (the /Contents hex string holds twice as
 * many characters). Too little and DSS fails after the TSA was asked; too much and every seal
 * carries kilobytes of zeros. The big items are certificates, which are known in advance; the rest
 * is bounded.
 */
public final class ContentsSizeEstimator {

  /**
   * SignedData and SignerInfo structure, signed attributes (content type, message digest, signing
   * certificate v2) and a signature value of up to 4096 bits.
   */
  static final int SIGNATURE_OVERHEAD = 2048;

  /** The token's own SignedData, TSTInfo, signed attributes and signature of up to 4096 bits. */
  static final int TIMESTAMP_OVERHEAD = 2048;

  /** For a TSA whose chain is not known in advance: room for three ordinary certificates. */
  static final int UNKNOWN_TSA_CHAIN = 6144;

  private ContentsSizeEstimator() {}

  /**
   * For a signature.
   *
   * @param signerChain the certificates the signature embeds
   * @param tsaChain the certificates a timestamp token embeds; {@code null} when unknown
   * @param timestamped whether a signature timestamp goes into the signature
   */
  public static int forSignature(
      List<X509Certificate> signerChain, List<X509Certificate> tsaChain, boolean timestamped) {
    int size = SIGNATURE_OVERHEAD + encodedLength(signerChain);
    return timestamped ? size + forTimestampToken(tsaChain) : size;
  }

  /**
   * For a timestamp token alone, as a document timestamp holds.
   *
   * @param tsaChain the certificates the token embeds; {@code null} when unknown
   */
  public static int forTimestampToken(List<X509Certificate> tsaChain) {
    return TIMESTAMP_OVERHEAD + (tsaChain == null ? UNKNOWN_TSA_CHAIN : encodedLength(tsaChain));
  }

  private static int encodedLength(List<X509Certificate> chain) {
    int length = 0;
    for (X509Certificate certificate : chain) {
      try {
        length += certificate.getEncoded().length;
      } catch (CertificateEncodingException e) {
        throw new IllegalArgumentException("A certificate of the chain cannot be encoded", e);
      }
    }
    return length;
  }
}
