package org.paraph.it.running;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.SharedServer;
import org.paraph.it.support.SignedPdfs;
import org.paraph.it.support.TestPdfs;

/**
 * Two instances with different PARAPH_HTTP_PORT and data directories run side by side, each with
 * its own trust setup; an instance restarted on its data directory keeps its keys.
 */
@ExtendWith(SharedServer.class)
class TwoInstancesIT {

  @Test
  void aSecondInstanceRunsBesideTheFirstAndKeepsItsKeysAcrossARestart(ParaphServer first)
      throws Exception {
    String firstAnchors = PortalClient.anonymousGet(first, "/api/v1/trust/anchors").body();
    byte[] masterKey = new byte[32];
    new SecureRandom().nextBytes(masterKey);
    Map<String, String> configured =
        Map.of(
            "PARAPH_BASE_URL",
            "https://seal.example.test/",
            "PARAPH_MASTER_KEY",
            Base64.getEncoder().encodeToString(masterKey));
    try (ParaphServer second = ParaphServer.create("second", configured).start()) {
      assertNotEquals(first.port(), second.port());
      String secondAnchors = PortalClient.anonymousGet(second, "/api/v1/trust/anchors").body();
      assertNotEquals(firstAnchors, secondAnchors, "each installation has its own demo root");

      HttpResponse<byte[]> sealed =
          PortalClient.asAdmin(second).seal(TestPdfs.a4(1), Map.of("level", "B-B"));
      assertEquals(200, sealed.statusCode(), () -> new String(sealed.body()));
      assertEquals(
          List.of("https://seal.example.test/pki/demo-root.crl"),
          SignedPdfs.crlUrls(SignedPdfs.lastSigner(sealed.body())),
          "the demo certificates name the CRL at PARAPH_BASE_URL");
      assertTrue(
          Files.exists(first.dataDir().resolve("keys/master.key")),
          "generated when not configured");
      assertFalse(
          Files.exists(second.dataDir().resolve("keys/master.key")),
          "PARAPH_MASTER_KEY is used instead");
      assertEquals(
          200,
          PortalClient.anonymousGet(first, "/api/v1/trust/anchors").statusCode(),
          "the first still answers");

      second.restart();
      assertEquals(
          secondAnchors,
          PortalClient.anonymousGet(second, "/api/v1/trust/anchors").body(),
          "the same keys after a restart");
      HttpResponse<byte[]> again =
          PortalClient.asAdmin(second).seal(TestPdfs.a4(1), Map.of("level", "B-B"));
      assertEquals(
          200, again.statusCode(), "the administrator created on first start still logs in");
      assertEquals(
          1,
          second.log().split("Created the administrator", -1).length - 1,
          "created on the first start only");
    }
  }
}
