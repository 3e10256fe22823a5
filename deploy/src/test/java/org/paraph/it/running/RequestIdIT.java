package org.paraph.it.running;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.SharedServer;

/**
 * One request followed from the client to the log: its id (the client's own when it sends a plain
 * token, else a new one) comes back in {@code X-Request-Id}, names the problem ({@code instance})
 * and marks the log lines the request caused, in text and, with {@code PARAPH_LOG_FORMAT=json}, in
 * JSON lines.
 */
@ExtendWith(SharedServer.class)
class RequestIdIT {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aClientsIdComesBackNamesTheProblemAndMarksTheLogLine(ParaphServer server) throws Exception {
    String id = "it-trace-" + UUID.randomUUID();
    String guesser = "guesser-" + UUID.randomUUID().toString().substring(0, 8);

    HttpResponse<String> refused = wrongPassword(server, guesser, Optional.of(id));

    assertEquals(401, refused.statusCode(), refused::body);
    assertEquals(Optional.of(id), refused.headers().firstValue("X-Request-Id"));
    assertEquals("urn:paraph:request:" + id, problem(refused).getString("instance"));
    String line = logLineWith(server, "Login refused for '" + guesser + "'");
    assertTrue(line.contains("[" + id + "]"), line);
    assertEquals(id, loginFailureOf(server, guesser).getString("requestId"), "in the audit event");
  }

  /** The LOGIN_FAILED audit event about this name, as the audit API exports it. */
  private static JsonObject loginFailureOf(ParaphServer server, String name) throws Exception {
    HttpResponse<byte[]> events =
        PortalClient.asAdmin(server)
            .get("/api/v1/audit/events?action=LOGIN_FAILED", "application/json");
    assertEquals(200, events.statusCode());
    return Json.createReader(new ByteArrayInputStream(events.body())).readArray().stream()
        .map(JsonObject.class::cast)
        .filter(e -> name.equals(e.getString("subject", null)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no LOGIN_FAILED about " + name));
  }

  @Test
  void aRequestWithoutAnIdOrWithAMalformedOneGetsAFreshOne(ParaphServer server) throws Exception {
    HttpResponse<String> plain = wrongPassword(server, "nobody-1", Optional.empty());
    HttpResponse<String> malformed =
        wrongPassword(server, "nobody-2", Optional.of("has spaces, and more"));

    String first = plain.headers().firstValue("X-Request-Id").orElseThrow();
    String second = malformed.headers().firstValue("X-Request-Id").orElseThrow();
    UUID.fromString(first);
    UUID.fromString(second);
    assertNotEquals(first, second);
    assertEquals("urn:paraph:request:" + second, problem(malformed).getString("instance"));
  }

  @Test
  void inJsonEachLineIsAnObjectWithTheRequestIdInItsContext() throws Exception {
    try (ParaphServer json =
        ParaphServer.create("json-log", Map.of("PARAPH_LOG_FORMAT", "json")).start()) {
      String id = "it-json-" + UUID.randomUUID();

      assertEquals(401, wrongPassword(json, "json-guesser", Optional.of(id)).statusCode());

      JsonObject line = jsonLineWith(json, "Login refused for 'json-guesser'");
      assertEquals(id, line.getJsonObject("mdc").getString("requestId"), line::toString);
      assertEquals("INFO", line.getString("level"));
      for (String text : json.log().split("\n")) {
        if (text.contains("WFLYSRV0025")) {
          assertTrue(text.startsWith("{"), "the start line is JSON too: " + text);
        }
      }
    }
  }

  private HttpResponse<String> wrongPassword(
      ParaphServer server, String user, Optional<String> requestId) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri("/api/v1/workflows"))
            .timeout(Duration.ofSeconds(30))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":wrong").getBytes(StandardCharsets.UTF_8)))
            .GET();
    requestId.ifPresent(id -> request.header("X-Request-Id", id));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject problem(HttpResponse<String> answer) {
    return Json.createReader(new StringReader(answer.body())).readObject();
  }

  /** The log line that says {@code text}, once the server has written it. */
  private static String logLineWith(ParaphServer server, String text) throws Exception {
    Instant until = Instant.now().plusSeconds(30);
    while (true) {
      for (String line : server.log().split("\n")) {
        if (line.contains(text)) {
          return line;
        }
      }
      if (Instant.now().isAfter(until)) {
        throw new AssertionError("no log line says " + text + ":\n" + server.tailOfLog());
      }
      Thread.sleep(100);
    }
  }

  private static JsonObject jsonLineWith(ParaphServer server, String text) throws Exception {
    String line = logLineWith(server, text);
    try {
      JsonObject object = Json.createReader(new StringReader(line)).readObject();
      assertTrue(
          object.get("message") instanceof JsonString message && message.getString().contains(text),
          line);
      return object;
    } catch (JsonParsingException notJson) {
      throw new AssertionError("not a JSON line: " + line, notJson);
    }
  }
}
