package org.paraph.seals.domain;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * A certificate chain as stored beside a key that lives elsewhere (a token, a remote service): the
 * DER encodings one after the other. Pages and the trust anchors read it without reaching the key.
 */
public final class CertificateChain {

  private CertificateChain() {}

  public static byte[] encode(List<X509Certificate> chain) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      for (X509Certificate certificate : chain) {
        out.writeBytes(certificate.getEncoded());
      }
    } catch (CertificateEncodingException e) {
      throw new IllegalArgumentException("A certificate of the chain cannot be encoded", e);
    }
    return out.toByteArray();
  }

  public static List<X509Certificate> decode(byte[] encoded) {
    try {
      List<X509Certificate> chain = new ArrayList<>();
      for (Certificate certificate :
          CertificateFactory.getInstance("X.509")
              .generateCertificates(new ByteArrayInputStream(encoded))) {
        chain.add((X509Certificate) certificate);
      }
      return chain;
    } catch (CertificateException e) {
      throw new IllegalStateException("A stored certificate chain cannot be read", e);
    }
  }
}
