package org.paraph.web.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Counts and times every answer by method, status and area ({@code http_server_requests_seconds}):
 * the API, the pages, or static resources. The path itself is not a label: participant links and
 * record ids would make a series per request.
 */
public final class HttpRequestMeter {

  private final MeterRegistry registry;

  public HttpRequestMeter(MeterRegistry registry) {
    this.registry = registry;
  }

  public void answered(String method, int status, String path, Duration took) {
    Timer.builder("http.server.requests")
        .description("Answers of the public listener, by method, status and area")
        .tag("method", knownMethod(method))
        .tag("status", String.valueOf(status))
        .tag("area", areaOf(path))
        .register(registry)
        .record(took);
  }

  /** The part of the portal a path belongs to (within the application's context). */
  static String areaOf(String path) {
    if (path.startsWith("/api/")) {
      return "api";
    }
    if (path.startsWith("/jakarta.faces.resource/") || path.startsWith("/resources/")) {
      return "static";
    }
    return "page";
  }

  /** A method a client invented is counted as "other": each would be a series of its own. */
  static String knownMethod(String method) {
    return switch (method) {
      case "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS" -> method;
      default -> "other";
    };
  }
}
