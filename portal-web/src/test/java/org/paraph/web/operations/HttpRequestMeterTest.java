package org.paraph.web.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpRequestMeterTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final HttpRequestMeter meter = new HttpRequestMeter(registry);

  @Test
  void answersAreCountedByMethodStatusAndAreaNotByPath() {
    meter.answered("POST", 200, "/api/v1/seals", Duration.ofMillis(30));
    meter.answered("POST", 401, "/api/v1/seals", Duration.ofMillis(2));
    meter.answered("GET", 200, "/api/v1/sign/a-participants-secret-link", Duration.ofMillis(5));
    meter.answered("GET", 200, "/api/v1/sign/another-secret-link", Duration.ofMillis(5));
    meter.answered("GET", 200, "/jakarta.faces.resource/theme.css", Duration.ofMillis(1));
    meter.answered("GET", 302, "/app/seal.xhtml", Duration.ofMillis(1));

    assertEquals(1, count("POST", "200", "api"));
    assertEquals(1, count("POST", "401", "api"));
    assertEquals(2, count("GET", "200", "api"), "two links, one series: no link in a label");
    assertEquals(1, count("GET", "200", "static"));
    assertEquals(1, count("GET", "302", "page"));
    assertEquals(5, registry.find("http.server.requests").timers().size());
  }

  @Test
  void aMethodAClientInventedIsCountedAsOther() {
    meter.answered("PROPFIND", 405, "/", Duration.ZERO);
    meter.answered("X-ANYTHING-" + System.nanoTime(), 405, "/", Duration.ZERO);

    assertEquals(2, count("other", "405", "page"));
  }

  private long count(String method, String status, String area) {
    return registry
        .get("http.server.requests")
        .tags("method", method, "status", status, "area", area)
        .timer()
        .count();
  }
}
