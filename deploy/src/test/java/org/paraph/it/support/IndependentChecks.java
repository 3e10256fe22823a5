package org.paraph.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;

/**
 * Checks of signed PDFs by tools that share no code with the portal: poppler's {@code pdfsig} (with
 * an NSS database that trusts the portal's anchors) and {@code openssl cms -verify}.
 */
public final class IndependentChecks {

  private final Path workDir;
  private final Path nssDir;
  private final Path anchorsPem;

  private IndependentChecks(Path workDir) {
    this.workDir = workDir;
    this.nssDir = workDir.resolve("nss");
    this.anchorsPem = workDir.resolve("anchors.pem");
  }

  /** A checker that trusts exactly the anchors the portal publishes. */
  public static IndependentChecks trusting(String anchorsPemText, Path workDir)
      throws IOException, InterruptedException {
    IndependentChecks checks = new IndependentChecks(workDir);
    Files.createDirectories(checks.nssDir);
    Files.writeString(checks.anchorsPem, anchorsPemText);
    run(
        List.of("certutil", "-N", "-d", "sql:" + checks.nssDir, "--empty-password"),
        checks.workDir);
    List<String> certificates = splitPem(anchorsPemText);
    for (int i = 0; i < certificates.size(); i++) {
      Path file = workDir.resolve("anchor-" + i + ".pem");
      Files.writeString(file, certificates.get(i));
      run(
          List.of(
              "certutil",
              "-A",
              "-d",
              "sql:" + checks.nssDir,
              "-n",
              "anchor-" + i,
              "-t",
              "CT,C,C",
              "-i",
              file.toString()),
          checks.workDir);
    }
    return checks;
  }

  /** pdfsig's report; it always exits 0, so the text is what tells. */
  public String pdfsig(byte[] pdf) throws IOException, InterruptedException {
    Path file = Files.createTempFile(workDir, "checked-", ".pdf");
    Files.write(file, pdf);
    try {
      return run(List.of("pdfsig", "-nssdir", "sql:" + nssDir, file.toString()), workDir).output();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** {@code openssl cms -verify} of the last signature over the bytes it says it signs. */
  public Result opensslVerifyLastSignature(byte[] pdf) throws IOException, InterruptedException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<PDSignature> signatures = document.getSignatureDictionaries();
      return opensslVerify(signatures.get(signatures.size() - 1), pdf);
    }
  }

  /**
   * {@code openssl cms -verify} of every CMS signature of the file (document timestamps left out),
   * each over the bytes it says it signs, trusting the portal's anchors: chain and signature.
   */
  public List<Result> opensslVerifyEverySignature(byte[] pdf)
      throws IOException, InterruptedException {
    List<Result> results = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDSignature signature : document.getSignatureDictionaries()) {
        if (!"ETSI.RFC3161".equals(signature.getSubFilter())) {
          results.add(opensslVerify(signature, pdf));
        }
      }
    }
    return results;
  }

  /**
   * {@code openssl ts -verify} of the document timestamp that ends a B-LTA file: its RFC 3161 token
   * over the bytes it says it covers, the timestamp authority's chain up to the portal's anchors.
   * openssl says "Verification: OK" only when the token's imprint is the hash of those bytes and
   * its signature holds.
   */
  public Result opensslVerifyDocumentTimestamp(byte[] pdf)
      throws IOException, InterruptedException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDSignature timestamp = document.getLastSignatureDictionary();
      if (timestamp == null || !"ETSI.RFC3161".equals(timestamp.getSubFilter())) {
        return new Result(1, "the file does not end with a document timestamp");
      }
      Path tokenFile = Files.createTempFile(workDir, "timestamp-", ".der");
      Path contentFile = Files.createTempFile(workDir, "stamped-", ".bin");
      Files.write(tokenFile, withoutPadding(timestamp.getContents(pdf)));
      Files.write(contentFile, timestamp.getSignedContent(pdf));
      try {
        return run(
            List.of(
                "openssl",
                "ts",
                "-verify",
                "-token_in",
                "-in",
                tokenFile.toString(),
                "-data",
                contentFile.toString(),
                "-CAfile",
                anchorsPem.toString()),
            workDir);
      } finally {
        Files.deleteIfExists(tokenFile);
        Files.deleteIfExists(contentFile);
      }
    }
  }

  private Result opensslVerify(PDSignature signature, byte[] pdf)
      throws IOException, InterruptedException {
    Path signatureFile = Files.createTempFile(workDir, "signature-", ".der");
    Path contentFile = Files.createTempFile(workDir, "signed-", ".bin");
    Files.write(signatureFile, withoutPadding(signature.getContents(pdf)));
    Files.write(contentFile, signature.getSignedContent(pdf));
    try {
      return opensslCmsVerify(signatureFile, contentFile);
    } finally {
      Files.deleteIfExists(signatureFile);
      Files.deleteIfExists(contentFile);
    }
  }

  /**
   * {@code openssl cms -verify} of a detached signature (a {@code .p7s}) over the file it signs,
   * trusting the portal's anchors.
   */
  public Result opensslVerifyDetached(byte[] p7s, byte[] content)
      throws IOException, InterruptedException {
    Path signatureFile = Files.createTempFile(workDir, "detached-", ".p7s");
    Path contentFile = Files.createTempFile(workDir, "original-", ".pdf");
    Files.write(signatureFile, p7s);
    Files.write(contentFile, content);
    try {
      return opensslCmsVerify(signatureFile, contentFile);
    } finally {
      Files.deleteIfExists(signatureFile);
      Files.deleteIfExists(contentFile);
    }
  }

  /**
   * {@code openssl crl -verify} of a DER CRL against its issuer's certificate (PEM): openssl says
   * "verify OK" only when the issuer's key signed it.
   */
  public Result opensslCrlVerify(byte[] crl, String issuerPem)
      throws IOException, InterruptedException {
    Path crlFile = Files.createTempFile(workDir, "crl-", ".der");
    Path issuerFile = Files.createTempFile(workDir, "issuer-", ".pem");
    Files.write(crlFile, crl);
    Files.writeString(issuerFile, issuerPem);
    try {
      return run(
          List.of(
              "openssl",
              "crl",
              "-inform",
              "DER",
              "-in",
              crlFile.toString(),
              "-CAfile",
              issuerFile.toString(),
              "-noout",
              "-verify"),
          workDir);
    } finally {
      Files.deleteIfExists(crlFile);
      Files.deleteIfExists(issuerFile);
    }
  }

  private Result opensslCmsVerify(Path signatureFile, Path contentFile)
      throws IOException, InterruptedException {
    return run(
        List.of(
            "openssl",
            "cms",
            "-verify",
            "-binary",
            "-inform",
            "DER",
            "-in",
            signatureFile.toString(),
            "-content",
            contentFile.toString(),
            "-CAfile",
            anchorsPem.toString(),
            "-purpose",
            "any",
            "-out",
            "/dev/null"),
        workDir);
  }

  /**
   * /Contents is zero-padded to its reserved size; the DER object's own length says where it ends.
   */
  private static byte[] withoutPadding(byte[] contents) {
    if (contents.length < 4 || contents[0] != 0x30) {
      return contents;
    }
    int lengthByte = contents[1] & 0xff;
    if (lengthByte < 0x80) {
      return Arrays.copyOf(contents, 2 + lengthByte);
    }
    int count = lengthByte & 0x7f;
    int length = 0;
    for (int i = 0; i < count; i++) {
      length = (length << 8) | (contents[2 + i] & 0xff);
    }
    return Arrays.copyOf(contents, 2 + count + length);
  }

  private static List<String> splitPem(String pem) {
    List<String> certificates = new ArrayList<>();
    Matcher matcher =
        Pattern.compile("-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----").matcher(pem);
    while (matcher.find()) {
      certificates.add(matcher.group() + "\n");
    }
    return certificates;
  }

  private static Result run(List<String> command, Path directory)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IOException("Timed out: " + command);
    }
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  /** What a tool said, and its exit code. */
  public record Result(int exitCode, String output) {}
}
