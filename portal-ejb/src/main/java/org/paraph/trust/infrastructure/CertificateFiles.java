package org.paraph.trust.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.paraph.shared.domain.ConfigurationException;
import org.paraph.shared.domain.ProblemText;

/**
 * Reads the certificates an operator names in the configuration: a PEM file (one or more
 * certificates), a DER certificate, or a key store (PKCS#12 or JKS) of trusted certificates.
 */
public final class CertificateFiles {

  private CertificateFiles() {}

  /**
   * @param file the file to read
   * @param password the key store's password, if it is a key store that has one; may be empty
   * @param variable the configuration variable that names the file, for the error message
   * @throws ConfigurationException when the file cannot be read or holds no certificate
   */
  public static List<X509Certificate> read(Path file, char[] password, String variable) {
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ConfigurationException(
          ProblemText.of(
              "problem.configuration.file-unreadable", variable, file.toString(), e.getMessage()),
          e);
    }
    List<X509Certificate> certificates =
        looksLikeCertificates(content)
            ? certificates(content, file, variable)
            : keyStore(file, password, variable);
    if (certificates.isEmpty()) {
      throw new ConfigurationException(
          ProblemText.of("problem.configuration.no-certificate", variable, file.toString()));
    }
    return certificates;
  }

  /** PEM text, or a single DER certificate (an ASN.1 SEQUENCE, as a key store is not). */
  private static boolean looksLikeCertificates(byte[] content) {
    return new String(content, 0, Math.min(content.length, 4096), StandardCharsets.US_ASCII)
            .contains("-----BEGIN CERTIFICATE-----")
        || isDerCertificate(content);
  }

  private static boolean isDerCertificate(byte[] content) {
    try {
      CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(content));
      return true;
    } catch (CertificateException | RuntimeException e) {
      return false;
    }
  }

  private static List<X509Certificate> certificates(byte[] content, Path file, String variable) {
    try {
      List<X509Certificate> certificates = new ArrayList<>();
      for (Certificate certificate :
          CertificateFactory.getInstance("X.509")
              .generateCertificates(new ByteArrayInputStream(content))) {
        certificates.add((X509Certificate) certificate);
      }
      return certificates;
    } catch (CertificateException e) {
      throw new ConfigurationException(
          ProblemText.of(
              "problem.configuration.certificates-unreadable",
              variable,
              file.toString(),
              e.getMessage()),
          e);
    }
  }

  private static List<X509Certificate> keyStore(Path file, char[] password, String variable) {
    try {
      KeyStore store = KeyStore.getInstance(file.toFile(), password);
      List<X509Certificate> certificates = new ArrayList<>();
      for (String alias : Collections.list(store.aliases())) {
        if (store.getCertificate(alias) instanceof X509Certificate certificate) {
          certificates.add(certificate);
        }
      }
      return certificates;
    } catch (GeneralSecurityException | IOException | IllegalArgumentException e) {
      throw new ConfigurationException(
          ProblemText.of(
              "problem.configuration.not-certificates", variable, file.toString(), e.getMessage()),
          e);
    }
  }
}
