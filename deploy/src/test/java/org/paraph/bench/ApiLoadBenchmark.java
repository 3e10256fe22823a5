package org.paraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.paraph.bench.SealLoad.Round;
import org.paraph.it.support.Database;
import org.paraph.it.support.ParaphServer;
import org.paraph.it.support.TestPdfs;

/**
 * The whole portal under API load: one-page B-B seals posted by 1, 4 and 16 clients at once, each
 * with its own keep-alive connection, in rounds of fixed length; the 16-client rounds again without
 * keeping the documents; where the server spends its CPU at 16 clients, from a JFR recording of one
 * more round. Part of {@link PortalBenchmarks} ({@code -Dparaph.bench.round.seconds=N}, {@code
 * -Dparaph.bench.rounds=N}). It reports; it asserts nothing about time.
 */
public final class ApiLoadBenchmark {

  private static final Duration WARM_UP = Duration.ofSeconds(20);
  private static final int WARM_UP_CLIENTS = 4;
  private static final Duration ROUND =
      Duration.ofSeconds(Long.getLong("paraph.bench.round.seconds", 15));
  private static final int ROUNDS = Integer.getInteger("paraph.bench.rounds", 3);
  private static final String SEALS = "API seals, one-page B-B invisible";
  private static final Path JCMD = Path.of(System.getProperty("java.home"), "bin", "jcmd");

  private final ParaphServer server;
  private final BenchmarkReport report;
  private final Path work;

  private ApiLoadBenchmark(ParaphServer server, BenchmarkReport report) {
    this.server = server;
    this.report = report;
    this.work = Path.of(System.getProperty("paraph.it.work", "target/it-work")).toAbsolutePath();
  }

  static void run(BenchmarkReport report) throws Exception {
    try (ParaphServer server = ParaphServer.create("api-load-benchmark", Map.of()).start()) {
      report.started(server);
      new ApiLoadBenchmark(server, report).run();
    }
  }

  private void run() throws IOException, InterruptedException {
    byte[] onePage = TestPdfs.a4(1);
    SealLoad kept = new SealLoad(server, onePage, Map.of("level", "B-B"));
    SealLoad notKept = new SealLoad(server, onePage, Map.of("level", "B-B", "keep", "false"));

    // Not reported: the JIT, the connection pools and the caches settle first.
    kept.round(WARM_UP_CLIENTS, WARM_UP);
    measure(kept, 1, "");
    measure(kept, 4, "");
    measure(kept, 16, "");
    measure(notKept, 16, ", keep=false");
    long rssAtEnd = server.residentMemoryKilobytes() / 1024;
    System.out.printf(Locale.ROOT, "resident memory after all rounds: %d MB%n", rssAtEnd);
    report.put(
        "resident memory after the API load rounds (their documents kept but for keep=false)",
        rssAtEnd + " MB");

    // Last: the server was measured at half its throughput in the rounds after a recording, even
    // with the recording stopped.
    profile(kept, 16, work.resolve("api-load-16-" + database() + ".jfr"));
  }

  private static String database() {
    return Database.configured().isPostgres() ? "postgresql" : "h2";
  }

  /** {@link #ROUNDS} rounds at {@code clients}, each printed, then the median round as result. */
  private void measure(SealLoad load, int clients, String variant) throws InterruptedException {
    String label = SEALS + variant + ", " + clients + (clients == 1 ? " client" : " clients");
    List<Round> rounds = new ArrayList<>();
    for (int i = 1; i <= ROUNDS; i++) {
      Round round = load.round(clients, ROUND);
      rounds.add(round);
      System.out.printf(
          Locale.ROOT,
          "  %s, round %d of %d: %.0f seals/s (%d seals in %.1f s), p50 %.1f ms, p95 %.1f ms%n",
          label,
          i,
          ROUNDS,
          round.sealsPerSecond(),
          round.seals(),
          round.elapsed().toMillis() / 1000.0,
          round.p50Millis(),
          round.p95Millis());
    }
    rounds.sort(Comparator.comparingDouble(Round::sealsPerSecond));
    Round median = Medians.of(rounds, Comparator.comparingDouble(Round::sealsPerSecond).reversed());
    String allRounds =
        rounds.stream()
            .map(round -> String.format(Locale.ROOT, "%.0f", round.sealsPerSecond()))
            .collect(Collectors.joining(", "));
    System.out.printf(
        Locale.ROOT,
        "%s: %.0f seals/s (median of %d rounds: %s), p50 %.1f ms, p95 %.1f ms%n",
        label,
        median.sealsPerSecond(),
        ROUNDS,
        allRounds,
        median.p50Millis(),
        median.p95Millis());
    report.put(
        String.format(
            Locale.ROOT,
            "%s (median of %d %s of %d s)",
            label,
            ROUNDS,
            ROUNDS == 1 ? "round" : "rounds",
            ROUND.toSeconds()),
        String.format(
            Locale.ROOT,
            "%.0f seals/s (p50 %.1f ms, p95 %.1f ms; rounds %s)",
            median.sealsPerSecond(),
            median.p50Millis(),
            median.p95Millis(),
            allRounds));
  }

  /**
   * One more round at {@code clients} with a JFR recording running, outside the results (the
   * recording costs the server some of its throughput), and where the server spent its CPU.
   */
  private void profile(SealLoad load, int clients, Path recording)
      throws IOException, InterruptedException {
    startRecording();
    Round round = load.round(clients, ROUND);
    saveRecording(recording);
    System.out.printf(
        Locale.ROOT,
        "profiled round, %d clients (JFR running, not in the results): %.0f seals/s%n",
        clients,
        round.sealsPerSecond());
    HotFrames.of(recording).forEach(System.out::println);
  }

  /**
   * A CPU profile of the server JVM from now on. Should a round fail, the recording ends with the
   * server JVM, which the benchmark then stops: no need to stop it here.
   */
  private void startRecording() throws IOException, InterruptedException {
    jcmd("JFR.start", "name=bench", "settings=profile");
  }

  private void saveRecording(Path recording) throws IOException, InterruptedException {
    Files.deleteIfExists(recording);
    jcmd("JFR.dump", "name=bench", "filename=" + recording);
    jcmd("JFR.stop", "name=bench");
    System.out.println("the server's CPU profile during that round (JFR): " + recording);
  }

  private void jcmd(String... command) throws IOException, InterruptedException {
    List<String> commandLine = new ArrayList<>();
    commandLine.add(JCMD.toString());
    commandLine.add(Long.toString(server.serverPid()));
    commandLine.addAll(List.of(command));
    Process jcmd = new ProcessBuilder(commandLine).redirectErrorStream(true).start();
    String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (jcmd.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", commandLine) + " failed:\n" + output);
    }
  }
}
