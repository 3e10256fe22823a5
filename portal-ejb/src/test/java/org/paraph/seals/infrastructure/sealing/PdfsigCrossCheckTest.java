package org.paraph.seals.infrastructure.sealing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.cert.CertificateEncodingException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paraph.documents.infrastructure.PdfInspector;
import org.paraph.seals.domain.Placement;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealOptions;
import org.paraph.testsupport.TestPdfs;
import org.paraph.trust.infrastructure.DemoPki;
import org.paraph.trust.infrastructure.DemoPkiGenerator;
import org.paraph.trust.infrastructure.DemoTimestampAuthority;
import org.paraph.trust.infrastructure.DemoTspSource;

/**
 * Checks seals with an independent implementation: poppler's pdfsig over NSS, the stack of Evince,
 * Okular and (through NSS) Firefox. Skipped where pdfsig and certutil are not installed (Debian:
 * poppler-utils, libnss3-tools).
 */
class PdfsigCrossCheckTest {

  private static final Path PDFSIG = Paths.get("/usr/bin/pdfsig");
  private static final Path CERTUTIL = Paths.get("/usr/bin/certutil");

  private static DemoPki pki;
  private static DemoTspSource tsp;

  @TempDir static Path workDirectory;

  private final PadesSealer sealer = new PadesSealer(new PdfInspector());

  @BeforeAll
  static void trustTheDemoRootInAnNssDatabase() throws Exception {
    Assertions.assertTrue(
        Files.isExecutable(PDFSIG) && Files.isExecutable(CERTUTIL),
        "pdfsig/certutil missing: the test command installs poppler-utils and libnss3-tools");
    pki = new DemoPkiGenerator().generate("Pdfsig Check", "https://paraph.test", Instant.now());
    tsp =
        new DemoTspSource(
            new DemoTimestampAuthority(pki.timestampAuthority(), Clock.systemUTC()),
            pki.timestampAuthority().chain());
    Path nss = Files.createDirectories(workDirectory.resolve("nss"));
    Path root = workDirectory.resolve("root.pem");
    Files.writeString(root, pem(pki), StandardCharsets.US_ASCII);
    run(CERTUTIL.toString(), "-N", "-d", "sql:" + nss, "--empty-password");
    run(
        CERTUTIL.toString(),
        "-A",
        "-d",
        "sql:" + nss,
        "-n",
        "root",
        "-t",
        "CT,C,C",
        "-i",
        root.toString());
  }

  @Test
  void pdfsigFindsVisibleTestSealValidAndTrusted() throws Exception {
    SealOptions options =
        SealOptions.invisible(SealLevel.B_B, "Pdfsig Check", Instant.now())
            .withPlacement(new Placement(1, 72, 72, 200, 60))
            .asTest();

    String report = pdfsig(sealer.seal(TestPdfs.onePage(), pki.seal(), options, null));

    assertValidTrustedAndTotal(report);
  }

  @Test
  void pdfsigFindsTimestampedSealOnARotatedPageValidAndTrusted() throws Exception {
    SealOptions options = SealOptions.invisible(SealLevel.B_T, "Pdfsig Check", Instant.now());

    String report = pdfsig(sealer.seal(TestPdfs.rotated(90), pki.seal(), options, tsp));

    assertValidTrustedAndTotal(report);
  }

  @Test
  void pdfsigSeesATamperedSealAsADigestMismatch() throws Exception {
    byte[] sealed =
        sealer.seal(
            TestPdfs.onePage(),
            pki.seal(),
            SealOptions.invisible(SealLevel.B_B, "Pdfsig Check", Instant.now()),
            null);
    sealed[100] ^= 0x01;

    assertTrue(pdfsig(sealed).contains("Digest Mismatch."));
  }

  private static void assertValidTrustedAndTotal(String report) {
    assertTrue(report.contains("Signature is Valid."), report);
    assertTrue(report.contains("Certificate is Trusted."), report);
    assertTrue(report.contains("Total document signed"), report);
  }

  /** pdfsig always exits 0: what it found is in its text. */
  private static String pdfsig(byte[] pdf) throws IOException, InterruptedException {
    Path file = Files.createTempFile(workDirectory, "sealed", ".pdf");
    Files.write(file, pdf);
    return run(
        PDFSIG.toString(), "-nssdir", "sql:" + workDirectory.resolve("nss"), file.toString());
  }

  private static String run(String... command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "timed out: " + String.join(" ", command));
    assertEquals(0, process.exitValue(), new String(output, StandardCharsets.UTF_8));
    return new String(output, StandardCharsets.UTF_8);
  }

  private static String pem(DemoPki pki) throws CertificateEncodingException {
    return "-----BEGIN CERTIFICATE-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'})
            .encodeToString(pki.root().signingCertificate().getEncoded())
        + "\n-----END CERTIFICATE-----\n";
  }
}
