package org.paraph.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.PortalClient;

/**
 * API clients sealing the same document over and over, as the administrator, each with its own
 * HTTP/1.1 connection: the load of the API benchmark. The request is built once, so the clients
 * measure the portal rather than their own multipart encoding.
 */
final class SealLoad {

  private final HttpRequest sealRequest;

  /** Seals {@code pdf} with the form fields {@code options} ({@code level}, {@code keep}...). */
  SealLoad(ParaphServer server, byte[] pdf, Map<String, String> options) {
    PortalClient.Multipart body = new PortalClient.Multipart().file("file", "document.pdf", pdf);
    options.forEach(body::text);
    this.sealRequest =
        HttpRequest.newBuilder(server.uri("/api/v1/seals"))
            .timeout(Duration.ofMinutes(2))
            .header(
                "Authorization",
                PortalClient.basic(ParaphServer.ADMIN, ParaphServer.ADMIN_PASSWORD))
            .header("Content-Type", body.contentType())
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
            .build();
  }

  /** What one round of sealing gave: seals answered 200, in how long, and their latencies. */
  record Round(int seals, Duration elapsed, double p50Millis, double p95Millis) {

    static Round of(List<Long> latencyNanos, Duration elapsed) {
      List<Long> sorted = new ArrayList<>(latencyNanos);
      Collections.sort(sorted);
      return new Round(
          sorted.size(), elapsed, percentile(sorted, 50) / 1e6, percentile(sorted, 95) / 1e6);
    }

    double sealsPerSecond() {
      return seals / (elapsed.toNanos() / 1e9);
    }

    /** Nearest rank, as the other benchmarks compute it. */
    private static double percentile(List<Long> sorted, int percent) {
      if (sorted.isEmpty()) {
        return Double.NaN;
      }
      int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
      return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
  }

  /**
   * {@code clients} clients seal back to back until {@code length} has passed, each finishing the
   * seal it has begun. The round lasts until the last answer, so every seal counted is inside the
   * elapsed time. Any answer other than 200 ends the round with an exception that carries it.
   */
  Round round(int clients, Duration length) throws InterruptedException {
    ExecutorService threads = Executors.newFixedThreadPool(clients);
    try {
      CompletionService<List<Long>> finished = new ExecutorCompletionService<>(threads);
      long begun = System.nanoTime();
      long deadline = begun + length.toNanos();
      for (int i = 0; i < clients; i++) {
        finished.submit(() -> sealUntil(deadline));
      }
      List<Long> latencies = new ArrayList<>();
      // In completion order, so that a failing client stops the round at once.
      for (int i = 0; i < clients; i++) {
        latencies.addAll(resultOf(finished.take()));
      }
      return Round.of(latencies, Duration.ofNanos(System.nanoTime() - begun));
    } finally {
      // After a failure the other clients are still sealing: interrupt them.
      threads.shutdownNow();
    }
  }

  /** One client: its own HttpClient, so its own keep-alive connection. */
  private List<Long> sealUntil(long deadline) throws IOException, InterruptedException {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    List<Long> latencies = new ArrayList<>();
    while (System.nanoTime() < deadline) {
      long start = System.nanoTime();
      HttpResponse<byte[]> answer = http.send(sealRequest, HttpResponse.BodyHandlers.ofByteArray());
      long end = System.nanoTime();
      if (answer.statusCode() != 200) {
        throw new IllegalStateException(
            "POST /api/v1/seals answered "
                + answer.statusCode()
                + ": "
                + new String(answer.body(), StandardCharsets.UTF_8));
      }
      latencies.add(end - start);
    }
    return latencies;
  }

  private static List<Long> resultOf(Future<List<Long>> client) throws InterruptedException {
    try {
      return client.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "a sealing client failed: " + e.getCause().getMessage(), e.getCause());
    }
  }
}
