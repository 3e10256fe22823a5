package org.paraph.verification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.paraph.trust.infrastructure.CertificateFiles;
import org.paraph.verification.domain.CertificateFileReader;

/**
 * The {@link CertificateFileReader} of the portal: the files are read by {@link CertificateFiles}.
 */
@ApplicationScoped
public class CertificateFileAccess implements CertificateFileReader {

  @Override
  public List<X509Certificate> read(Path file, char[] password, String variable) {
    return CertificateFiles.read(file, password, variable);
  }
}
