package org.paraph.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paraph.shared.infrastructure.OutboundAddresses.RefusedAddressException;

/**
 * The guarded clients refuse internal addresses in the resolver itself, the one whose answer they
 * connect to: a loopback server counts the requests that reach it.
 */
class GuardedHttpTest {

  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          exchange.sendResponseHeaders(204, -1);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void aNameForTheLoopbackIsRefusedBeforeAnyConnection() throws IOException {
    try (CloseableHttpClient client = client(false)) {
      RefusedAddressException refused =
          assertThrows(
              RefusedAddressException.class,
              () -> client.execute(new HttpGet(url("localhost")), HttpResponse::getCode));

      assertTrue(
          refused.getMessage().contains("PARAPH_FETCH_ALLOW_PRIVATE=true"), refused::getMessage);
    }
    assertEquals(0, requests.get());
  }

  @Test
  void anAddressLiteralIsCheckedToo() throws IOException {
    try (CloseableHttpClient client = client(false)) {
      assertThrows(
          RefusedAddressException.class,
          () -> client.execute(new HttpGet(url("127.0.0.1")), HttpResponse::getCode));
    }
    assertEquals(0, requests.get());
  }

  @Test
  void theOperatorMayAllowPrivateAddresses() throws IOException {
    try (CloseableHttpClient client = client(true)) {
      assertEquals(204, client.execute(new HttpGet(url("localhost")), HttpResponse::getCode));
    }
    assertEquals(1, requests.get());
  }

  @Test
  void theUrlCheckSaysWhyAndAcceptsOnlyHttp() {
    assertTrue(
        OutboundAddresses.refusal("http://127.0.0.1/x", false).orElseThrow().contains("private"));
    assertTrue(
        OutboundAddresses.refusal("file:///etc/passwd", true)
            .orElseThrow()
            .contains("not an http(s) address"));
    assertTrue(OutboundAddresses.refusal("http://127.0.0.1/x", true).isEmpty());
  }

  private CloseableHttpClient client(boolean allowPrivate) {
    return GuardedHttp.client(Duration.ofSeconds(2), Duration.ofSeconds(2), allowPrivate, 0);
  }

  private String url(String host) {
    return "http://" + host + ":" + server.getAddress().getPort() + "/";
  }
}
