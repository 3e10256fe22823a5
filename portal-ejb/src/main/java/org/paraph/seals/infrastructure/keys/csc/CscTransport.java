package org.paraph.seals.infrastructure.keys.csc;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.paraph.seals.domain.RemoteCredentialException;
import org.paraph.seals.infrastructure.Failures;
import org.paraph.shared.domain.ProblemText;
import org.paraph.shared.infrastructure.GuardedHttp;
import org.paraph.shared.infrastructure.OutboundGuard;

/**
 * How {@link CscClient} talks to a CSC service: a POST with JSON or a form, answered with JSON. A
 * service that cannot be reached, fails (5xx) or redirects fails with {@link
 * RemoteCredentialException}; one that refuses (4xx) with a {@link CscRefusal}, which the client
 * turns into what the refusal means (a token to renew, a wrong client or credential).
 */
final class CscTransport {

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  /**
   * One transport (an HTTP connection pool) per guard, shared by every CscClient, so that signing
   * reuses connections and opening a credential leaves no pool behind.
   */
  private static final Map<OutboundGuard, CscTransport> TRANSPORTS = new WeakHashMap<>();

  private final CloseableHttpClient http;

  private CscTransport(CloseableHttpClient http) {
    this.http = http;
  }

  static CscTransport through(OutboundGuard guard) {
    synchronized (TRANSPORTS) {
      return TRANSPORTS.computeIfAbsent(
          guard,
          key -> new CscTransport(GuardedHttp.client(CONNECT_TIMEOUT, REQUEST_TIMEOUT, key, 0)));
    }
  }

  private record Answer(int status, String body) {}

  JsonObject send(URI uri, ContentType contentType, String body, String token) {
    HttpPost request = new HttpPost(uri);
    request.setHeader("Accept", "application/json");
    if (token != null) {
      request.setHeader("Authorization", "Bearer " + token);
    }
    request.setEntity(new StringEntity(body, contentType.withCharset(StandardCharsets.UTF_8)));
    Answer response;
    try {
      response =
          http.execute(
              request,
              received ->
                  new Answer(
                      received.getCode(),
                      received.getEntity() == null
                          ? ""
                          : EntityUtils.toString(received.getEntity(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new RemoteCredentialException(
          ProblemText.of("problem.remote-credential.unreachable", uri, Failures.describe(e)), e);
    }
    int status = response.status();
    JsonObject answer = parse(uri, response.body(), status);
    if (status >= 500 || (status >= 300 && status < 400)) {
      throw new RemoteCredentialException(
          ProblemText.of("problem.remote-credential.failed", uri, status, describeError(answer)),
          null);
    }
    if (status >= 400) {
      throw new CscRefusal(status, "HTTP " + status + describeError(answer));
    }
    return answer;
  }

  private static JsonObject parse(URI uri, String body, int status) {
    if (body == null || body.isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (JsonException | ClassCastException e) {
      if (status >= 400) {
        return JsonValue.EMPTY_JSON_OBJECT;
      }
      throw new RemoteCredentialException(
          ProblemText.of("problem.remote-credential.not-json", uri, e.getMessage()), e);
    }
  }

  private static String describeError(JsonObject answer) {
    String error = answer.getString("error", null);
    String description = answer.getString("error_description", null);
    if (error == null) {
      return "";
    }
    return ": " + error + (description == null ? "" : ", " + description);
  }
}
