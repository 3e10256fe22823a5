package org.paraph.bench;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PortalClient;
import org.paraph.it.support.TestPdfs;

/**
 * The foundation's numbers: server start time, resident memory at first answer and once the server
 * has been left idle, and sequential API seals per second for a one-page PDF. Part of {@link
 * PortalBenchmarks}. It reports; it asserts nothing about time.
 */
public final class FoundationBenchmark {

  private static final int WARM_UP = 50;
  private static final int MEASURED = 300;

  /** Longer than the launcher's interval for a collection when idle, which gives memory back. */
  private static final Duration IDLE = Duration.ofSeconds(45);

  static void run(BenchmarkReport report) throws Exception {
    try (ParaphServer server = ParaphServer.create("benchmark", Map.of())) {
      server.start();
      report.started(server);
      Thread.sleep(IDLE.toMillis());
      long idle = server.residentMemoryKilobytes() / 1024;
      System.out.printf(
          Locale.ROOT, "resident memory after %d s idle: %d MB%n", IDLE.toSeconds(), idle);
      report.put(
          "resident memory after start and " + IDLE.toSeconds() + " s without a request",
          idle + " MB");

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
          String measure =
              String.format(
                  Locale.ROOT,
                  "sequential API seals, one-page PDF, %s %s (%d after %d not counted)",
                  level,
                  visible ? "visible" : "invisible",
                  MEASURED,
                  WARM_UP);
          String value =
              String.format(
                  Locale.ROOT,
                  "%.0f seals/s (p50 %.1f ms, p95 %.1f ms)",
                  MEASURED / seconds,
                  latencies.get(MEASURED / 2) / 1e6,
                  latencies.get(MEASURED * 95 / 100) / 1e6);
          System.out.println(measure + ": " + value);
          report.put(measure, value);
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
