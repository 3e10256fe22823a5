package org.paraph.it.running;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.SharedServer;
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
    try (ParaphServer second = ParaphServer.create("second", Map.of()).start()) {
      assertNotEquals(first.port(), second.port());
      String secondAnchors = PortalClient.anonymousGet(second, "/api/v1/trust/anchors").body();
      assertNotEquals(firstAnchors, secondAnchors, "each installation has its own demo root");

      HttpResponse<byte[]> sealed =
          PortalClient.asAdmin(second).seal(TestPdfs.a4(1), Map.of("level", "B-B"));
      assertEquals(200, sealed.statusCode(), () -> new String(sealed.body()));
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
