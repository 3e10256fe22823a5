package org.paraph.it.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A callback receiver as an integrator writes one: records what the portal posts, and refuses the
 * first requests (503) so that the portal's retries are exercised.
 */
public final class CallbackReceiver implements AutoCloseable {

  /** One request as received. */
  public record Received(String event, String delivery, String signature, String body) {

    /** Whether {@code Paraph-Signature} is the HMAC-SHA256 of {@code t + "." + body}. */
    public boolean signedWith(String secret) {
      String timestamp = null;
      String given = null;
      for (String part : signature.split(",")) {
        if (part.startsWith("t=")) {
          timestamp = part.substring(2);
        } else if (part.startsWith("v1=")) {
          given = part.substring(3);
        }
      }
      if (timestamp == null || given == null) {
        return false;
      }
      try {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected =
            HexFormat.of()
                .formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        return expected.equals(given);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private final HttpServer server;
  private final List<Received> accepted = new CopyOnWriteArrayList<>();
  private final AtomicInteger refusalsLeft;

  public CallbackReceiver(int refuseFirst) throws IOException {
    refusalsLeft = new AtomicInteger(refuseFirst);
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/hook",
        exchange -> {
          try (InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (refusalsLeft.getAndDecrement() > 0) {
              exchange.sendResponseHeaders(503, -1);
              return;
            }
            accepted.add(
                new Received(
                    exchange.getRequestHeaders().getFirst("Paraph-Event"),
                    exchange.getRequestHeaders().getFirst("Paraph-Delivery"),
                    exchange.getRequestHeaders().getFirst("Paraph-Signature"),
                    body));
            exchange.sendResponseHeaders(204, -1);
          } finally {
            exchange.close();
          }
        });
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  public List<Received> accepted() {
    return List.copyOf(accepted);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
