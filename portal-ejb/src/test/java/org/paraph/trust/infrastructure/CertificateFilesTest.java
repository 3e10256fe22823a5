package org.paraph.trust.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paraph.shared.domain.ConfigurationException;

/** The certificate files an operator names in PARAPH_TRUST_ANCHORS and PARAPH_LOTL_SIGNERS. */
class CertificateFilesTest {

  private static DemoPki pki;
  @TempDir Path directory;

  @BeforeAll
  static void generate() {
    pki = new DemoPkiGenerator().generate("Files Org", "http://files.test", Instant.now());
  }

  @Test
  void aPemFileGivesAllItsCertificatesInOrder() throws Exception {
    X509Certificate root = pki.root().signingCertificate();
    X509Certificate seal = pki.seal().signingCertificate();
    Path file = directory.resolve("anchors.pem");
    Files.writeString(file, "# the seal\n" + pem(seal) + "# the root\n" + pem(root));

    assertEquals(List.of(seal, root), CertificateFiles.read(file, new char[0], "PARAPH_X"));
  }

  @Test
  void aDerCertificateIsReadToo() throws Exception {
    Path file = directory.resolve("root.cer");
    Files.write(file, pki.root().signingCertificate().getEncoded());

    assertEquals(
        List.of(pki.root().signingCertificate()),
        CertificateFiles.read(file, new char[0], "PARAPH_X"));
  }

  @Test
  void aPkcs12KeyStoreOfTrustedCertificatesOpensWithItsPassword() throws Exception {
    Path file = directory.resolve("oj.p12");
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setCertificateEntry("oj-1", pki.root().signingCertificate());
    store.setCertificateEntry("oj-2", pki.seal().signingCertificate());
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, "dss-password".toCharArray());
    }

    assertEquals(
        2, CertificateFiles.read(file, "dss-password".toCharArray(), "PARAPH_LOTL_SIGNERS").size());
    ConfigurationException wrongPassword =
        assertThrows(
            ConfigurationException.class,
            () -> CertificateFiles.read(file, "wrong".toCharArray(), "PARAPH_LOTL_SIGNERS"));
    assertTrue(wrongPassword.getMessage().startsWith("PARAPH_LOTL_SIGNERS names " + file));
  }

  @Test
  void aMissingOrMeaninglessFileIsAConfigurationErrorNamingTheVariable()
      throws IOException, GeneralSecurityException {
    Path missing = directory.resolve("missing.pem");
    Path text = directory.resolve("notes.txt");
    Files.writeString(text, "not a certificate");

    ConfigurationException notThere =
        assertThrows(
            ConfigurationException.class,
            () -> CertificateFiles.read(missing, new char[0], "PARAPH_TRUST_ANCHORS"));
    assertTrue(notThere.getMessage().contains("PARAPH_TRUST_ANCHORS names " + missing));
    ConfigurationException meaningless =
        assertThrows(
            ConfigurationException.class,
            () -> CertificateFiles.read(text, new char[0], "PARAPH_TRUST_ANCHORS"));
    assertTrue(meaningless.getMessage().contains("neither PEM certificates nor a key store"));
  }

  private static String pem(X509Certificate certificate) throws GeneralSecurityException {
    return "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(certificate.getEncoded())
        + "\n-----END CERTIFICATE-----\n";
  }
}
