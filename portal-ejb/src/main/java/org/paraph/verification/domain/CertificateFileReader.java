package org.paraph.verification.domain;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.paraph.shared.domain.ConfigurationException;

/**
 * Reads the certificates an operator names in the configuration (extra trust anchors, the signers
 * of the list of trusted lists): a PEM file, a DER certificate, or a key store of trusted
 * certificates. Implemented in {@code verification.infrastructure}.
 */
public interface CertificateFileReader {

  /**
   * @param file the file to read
   * @param password the key store's password, if it is a key store that has one; may be empty
   * @param variable the configuration variable that names the file, for the error message
   * @throws ConfigurationException when the file cannot be read or holds no certificate
   */
  List<X509Certificate> read(Path file, char[] password, String variable);
}
