package org.paraph.messaging.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.paraph.messaging.domain.MessageDeliveryException;
import org.paraph.messaging.domain.SmsMessage;
import org.paraph.shared.infrastructure.OutboundGuard;

/** Text messages through a real HTTP gateway: what it receives, and a gateway that refuses. */
class ConfiguredSmsSenderTest {

  private HttpServer gateway;
  private final List<String> bodies = new CopyOnWriteArrayList<>();
  private final List<String> authorizations = new CopyOnWriteArrayList<>();
  private final AtomicInteger status = new AtomicInteger(202);
  private ConfiguredSmsSender sender;

  @BeforeEach
  void startGateway() throws Exception {
    gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    gateway.createContext(
        "/sms",
        exchange -> {
          bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
          exchange.sendResponseHeaders(status.get(), -1);
          exchange.close();
        });
    gateway.start();
    MessagingConfig config = new MessagingConfig();
    config.smsGatewayUrl =
        Optional.of("http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms");
    config.smsGatewayToken = Optional.of("gateway-token");
    sender = new ConfiguredSmsSender();
    sender.config = config;
    sender.clock = Clock.systemUTC();
    // The gateway of the test listens on the loopback: the operator lists it.
    sender.guard = OutboundGuard.of(false, "127.0.0.1");
  }

  @AfterEach
  void stopGateway() {
    gateway.stop(0);
  }

  @Test
  void theGatewayReceivesNumberAndTextWithTheBearerToken() {
    sender.send(new SmsMessage("+33612345678", "123456 is your Paraph code"));

    assertEquals(1, bodies.size());
    JsonObject body = Json.createReader(new StringReader(bodies.get(0))).readObject();
    assertEquals("+33612345678", body.getString("to"));
    assertEquals("123456 is your Paraph code", body.getString("text"));
    assertEquals("Bearer gateway-token", authorizations.get(0));
  }

  @Test
  void aRefusingGatewayIsAClearFailureNotASilentLoss() {
    status.set(500);
    MessageDeliveryException failure =
        assertThrows(
            MessageDeliveryException.class,
            () -> sender.send(new SmsMessage("+33612345678", "code")));
    assertEquals("message-not-delivered", failure.problemType());
    assertTrue(failure.getMessage().contains("HTTP 500"), failure.getMessage());
  }

  @Test
  void aGatewayOnAnInternalAddressNotListedIsRefusedBeforeAnyRequest() {
    sender.guard = OutboundGuard.strict();
    MessageDeliveryException failure =
        assertThrows(
            MessageDeliveryException.class,
            () -> sender.send(new SmsMessage("+33612345678", "code")));
    assertTrue(failure.getMessage().contains("PARAPH_FETCH_ALLOW=127.0.0.1"), failure.getMessage());
    assertEquals(List.of(), bodies, "nothing reached the gateway");
  }
}
