package org.paraph.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.TestPdfs;

/**
 * Prints the foundation's numbers: server start time, resident memory after start, and sequential
 * API seals per second for a one-page PDF. Run with {@code ./mvnw -pl deploy -am -Pbenchmark
 * verify}. It reports; it asserts nothing about time.
 */
public final class FoundationBenchmark {

  private static final int WARM_UP = 50;
  private static final int MEASURED = 300;

  public static void main(String[] args) throws Exception {
    try (ParaphServer server = ParaphServer.create("benchmark", Map.of())) {
      server.start();
      long rssAfterStart = server.residentMemoryKilobytes();
      System.out.printf(
          Locale.ROOT,
          "server start (launch to first answer): %.1f s%n",
          server.startTime().toMillis() / 1000.0);
      System.out.printf(Locale.ROOT, "resident memory after start: %d MB%n", rssAfterStart / 1024);

      PortalClient client = PortalClient.asAdmin(server);
      byte[] onePage = TestPdfs.a4(1);
      for (String level : List.of("B-B", "B-T")) {
        for (boolean visible : List.of(false, true)) {
          Map<String, String> options =
              visible
                  ? Map.of(
                      "level", level, "page", "1", "x", "300", "y", "700", "width", "200", "height",
                      "70")
                  : Map.of("level", level);
          for (int i = 0; i < WARM_UP; i++) {
            check(client.seal(onePage, options));
          }
          List<Long> latencies = new ArrayList<>();
          long begun = System.nanoTime();
          for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            check(client.seal(onePage, options));
            latencies.add(System.nanoTime() - start);
          }
          double seconds = (System.nanoTime() - begun) / 1e9;
          Collections.sort(latencies);
          System.out.printf(
              Locale.ROOT,
              "sequential API seals, one-page PDF, %s %s: %.1f seals/s (p50 %.1f ms, p95 %.1f ms, %d seals)%n",
              level,
              visible ? "visible" : "invisible",
              MEASURED / seconds,
              latencies.get(MEASURED / 2) / 1e6,
              latencies.get(MEASURED * 95 / 100) / 1e6,
              MEASURED);
        }
      }
      System.out.printf(
          Locale.ROOT,
          "resident memory after %d seals: %d MB%n",
          4 * (WARM_UP + MEASURED),
          server.residentMemoryKilobytes() / 1024);
    }
  }

  private static void check(HttpResponse<byte[]> response) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "seal failed: " + response.statusCode() + " " + new String(response.body()));
    }
  }
}
