package org.paraph.shared.infrastructure;

import static java.util.Locale.ENGLISH;
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
import org.paraph.shared.infrastructure.OutboundGuard.RefusedAddressException;

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
    try (CloseableHttpClient client = client(OutboundGuard.strict())) {
      RefusedAddressException refused =
          assertThrows(
              RefusedAddressException.class,
              () -> client.execute(new HttpGet(url("localhost")), HttpResponse::getCode));

      assertTrue(
          refused.getMessage().contains("PARAPH_FETCH_ALLOW_PRIVATE=true"), refused::getMessage);
      assertTrue(
          refused.getMessage().contains("PARAPH_FETCH_ALLOW=localhost"), refused::getMessage);
    }
    assertEquals(0, requests.get());
  }

  @Test
  void anAddressLiteralIsCheckedToo() throws IOException {
    try (CloseableHttpClient client = client(OutboundGuard.strict())) {
      assertThrows(
          RefusedAddressException.class,
          () -> client.execute(new HttpGet(url("127.0.0.1")), HttpResponse::getCode));
    }
    assertEquals(0, requests.get());
  }

  @Test
  void theOperatorMayAllowPrivateAddresses() throws IOException {
    try (CloseableHttpClient client = client(OutboundGuard.of(true, ""))) {
      assertEquals(204, client.execute(new HttpGet(url("localhost")), HttpResponse::getCode));
    }
    assertEquals(1, requests.get());
  }

  @Test
  void theUrlCheckSaysWhyAndAcceptsOnlyHttp() {
    assertTrue(
        OutboundGuard.strict()
            .refusal("http://127.0.0.1/x")
            .orElseThrow()
            .in(ENGLISH)
            .contains("in 127.0.0.0/8, loopback"));
    assertTrue(
        OutboundGuard.of(true, "")
            .refusal("file:///etc/passwd")
            .orElseThrow()
            .in(ENGLISH)
            .contains("not an http(s) address"));
    assertTrue(OutboundGuard.of(true, "").refusal("http://127.0.0.1/x").isEmpty());
  }

  @Test
  void anAddressListedByTheOperatorIsReachedAndNoOther() throws IOException {
    try (CloseableHttpClient client = client(OutboundGuard.of(false, "127.0.0.1"))) {
      assertEquals(204, client.execute(new HttpGet(url("127.0.0.1")), HttpResponse::getCode));
    }
    try (CloseableHttpClient client = client(OutboundGuard.of(false, "127.0.0.2, 10.0.0.0/8"))) {
      assertThrows(
          RefusedAddressException.class,
          () -> client.execute(new HttpGet(url("127.0.0.1")), HttpResponse::getCode));
    }
    assertEquals(1, requests.get());
  }

  @Test
  void aHostNameListedByTheOperatorIsReached() throws IOException {
    try (CloseableHttpClient client = client(OutboundGuard.of(false, "LocalHost"))) {
      assertEquals(204, client.execute(new HttpGet(url("localhost")), HttpResponse::getCode));
    }
    assertEquals(1, requests.get());
  }

  @Test
  void aRedirectToAnInternalAddressIsRefusedAtTheRedirect() throws IOException {
    server.createContext(
        "/away",
        exchange -> {
          exchange.getResponseHeaders().add("Location", url("127.0.0.1") + "inside");
          exchange.sendResponseHeaders(302, -1);
          exchange.close();
        });
    // The first hop is allowed by name; the redirect goes to an address nobody listed.
    try (CloseableHttpClient client =
        GuardedHttp.client(
            Duration.ofSeconds(2),
            Duration.ofSeconds(2),
            OutboundGuard.of(false, "localhost"),
            3)) {
      assertThrows(
          RefusedAddressException.class,
          () -> client.execute(new HttpGet(url("localhost") + "away"), HttpResponse::getCode));
    }
    assertEquals(0, requests.get(), "the internal target got nothing");
  }

  private CloseableHttpClient client(OutboundGuard guard) {
    return GuardedHttp.client(Duration.ofSeconds(2), Duration.ofSeconds(2), guard, 0);
  }

  private String url(String host) {
    return "http://" + host + ":" + server.getAddress().getPort() + "/";
  }
}
