package org.paraph.it.running;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.SharedServer;

/**
 * The demo trust setup as other systems use it, checked with OpenSSL: the RFC 3161 timestamp
 * authority served by the portal, and the root's CRL.
 */
@ExtendWith(SharedServer.class)
class DemoTrustIT {

  @Test
  void theDemoTimestampAuthorityAnswersRfc3161RequestsThatOpensslVerifies(ParaphServer server)
      throws Exception {
    Path work = Files.createTempDirectory(server.dataDir().getParent(), "tsa-");
    Path data = work.resolve("data.txt");
    Files.writeString(data, "a document to timestamp");
    Path anchors = work.resolve("anchors.pem");
    Files.writeString(anchors, PortalClient.anonymousGet(server, "/api/v1/trust/anchors").body());
    Path query = work.resolve("request.tsq");
    run(
        work,
        "openssl",
        "ts",
        "-query",
        "-data",
        data.toString(),
        "-sha256",
        "-cert",
        "-out",
        query.toString());

    HttpResponse<byte[]> reply =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(server.uri("/tsa"))
                    .header("Content-Type", "application/timestamp-query")
                    .POST(HttpRequest.BodyPublishers.ofFile(query))
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, reply.statusCode());
    assertEquals("application/timestamp-reply", PortalClient.mediaType(reply));
    Path response = work.resolve("reply.tsr");
    Files.write(response, reply.body());

    String verified =
        run(
            work,
            "openssl",
            "ts",
            "-verify",
            "-in",
            response.toString(),
            "-data",
            data.toString(),
            "-CAfile",
            anchors.toString());
    assertTrue(verified.contains("Verification: OK"), verified);
  }

  @Test
  void theDemoRootPublishesACrlItSigned(ParaphServer server) throws Exception {
    Path work = Files.createTempDirectory(server.dataDir().getParent(), "crl-");
    Path anchors = work.resolve("anchors.pem");
    Files.writeString(anchors, PortalClient.anonymousGet(server, "/api/v1/trust/anchors").body());
    HttpResponse<byte[]> crl =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/pki/demo-root.crl")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, crl.statusCode());
    Path file = work.resolve("demo-root.crl");
    Files.write(file, crl.body());

    String checked =
        run(
            work,
            "openssl",
            "crl",
            "-inform",
            "DER",
            "-in",
            file.toString(),
            "-CAfile",
            anchors.toString(),
            "-noout");
    assertTrue(checked.contains("verify OK"), checked);
  }

  private static String run(Path directory, String... command) throws Exception {
    Process process =
        new ProcessBuilder(List.of(command))
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes());
    assertTrue(process.waitFor(1, TimeUnit.MINUTES));
    assertEquals(0, process.exitValue(), output);
    return output;
  }
}
