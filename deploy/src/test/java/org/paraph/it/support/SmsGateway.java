package org.paraph.it.support;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An SMS gateway as the portal's HTTP sender expects one ({@code PARAPH_SMS_GATEWAY_URL}): takes
 * {@code {"to", "text"}} with the bearer token it was given, and keeps the texts per number.
 */
public final class SmsGateway implements AutoCloseable {

  /** One text message as the gateway received it. */
  public record Text(String to, String text, String authorization) {}

  private final HttpServer server;
  private final List<Text> received = new CopyOnWriteArrayList<>();

  public SmsGateway() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/sms",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            JsonObject body =
                Json.createReader(
                        new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)))
                    .readObject();
            received.add(
                new Text(
                    body.getString("to"),
                    body.getString("text"),
                    exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.sendResponseHeaders(202, -1);
          } finally {
            exchange.close();
          }
        });
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
  }

  /** The texts sent to a number, oldest first, waiting up to a minute for {@code count}. */
  public List<Text> await(String number, int count) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
    List<Text> texts = to(number);
    while (texts.size() < count && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      texts = to(number);
    }
    if (texts.size() < count) {
      throw new AssertionError("expected " + count + " texts to " + number + ", got " + texts);
    }
    return texts;
  }

  public List<Text> to(String number) {
    return received.stream().filter(t -> t.to().equals(number)).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
