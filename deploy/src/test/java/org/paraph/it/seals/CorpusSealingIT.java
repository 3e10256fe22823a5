package org.paraph.it.seals;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.paraph.it.support.IndependentChecks;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.SharedServer;

/**
 * Real-world PDFs, many malformed (pdf.js's bug corpus): each one is either sealed, and the result
 * verifies with every earlier signature intact, or refused with a clear 4xx problem.
 */
@ExtendWith(SharedServer.class)
class CorpusSealingIT {

  private static IndependentChecks checks;

  @BeforeAll
  static void trustThePortalsAnchors(ParaphServer server) throws Exception {
    String anchors = PortalClient.anonymousGet(server, "/api/v1/trust/anchors").body();
    checks =
        IndependentChecks.trusting(
            anchors, Files.createTempDirectory(server.dataDir().getParent(), "corpus-"));
  }

  static Stream<Path> corpus() throws Exception {
    Path dir = Path.of(System.getProperty("paraph.corpus.dir", "../../shared/corpus/pdfjs"));
    assertTrue(Files.isDirectory(dir), "the corpus is at " + dir.toAbsolutePath());
    return Files.list(dir).filter(p -> p.toString().endsWith(".pdf")).sorted();
  }

  /** pdfsig's "Signature Validation" line of each signature, in order. */
  private static List<String> verdicts(String pdfsigReport) {
    return pdfsigReport
        .lines()
        .filter(l -> l.contains("Signature Validation:"))
        .map(String::trim)
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void sealedAndVerifiedOrClearlyRefused(Path file, ParaphServer server) throws Exception {
    byte[] original = Files.readAllBytes(file);
    HttpResponse<byte[]> response =
        PortalClient.asAdmin(server)
            .seal(original, file.getFileName().toString(), Map.of("level", "B-T"), null);
    int status = response.statusCode();
    if (status == 200) {
      byte[] sealed = response.body();
      assertArrayEquals(
          original, Arrays.copyOf(sealed, original.length), "the original bytes are a prefix");
      String report = checks.pdfsig(sealed);
      List<String> before = verdicts(checks.pdfsig(original));
      List<String> after = verdicts(report);
      assertEquals(before.size() + 1, after.size(), report);
      assertEquals(
          before,
          after.subList(0, before.size()),
          "every earlier signature keeps the verdict it had before sealing:\n" + report);
      String last = report.substring(report.lastIndexOf("Signature #"));
      assertTrue(last.contains("Signature is Valid."), report);
      assertTrue(last.contains("Certificate is Trusted."), report);
      assertTrue(last.contains("Total document signed"), report);
    } else if (status >= 400 && status < 500) {
      String body = new String(response.body(), StandardCharsets.UTF_8);
      assertEquals("application/problem+json", PortalClient.mediaType(response), body);
      JsonObject problem = PortalClient.json(response);
      assertFalse(problem.getString("detail").isBlank(), body);
    } else {
      fail(
          file.getFileName()
              + " got "
              + status
              + ": "
              + new String(response.body(), StandardCharsets.UTF_8));
    }
  }
}
