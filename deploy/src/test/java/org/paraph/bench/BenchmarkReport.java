package org.paraph.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.paraph.it.support.ParaphServer;

/**
 * The figures of one benchmark run, one column per database, printed at the end as the rows of
 * README's performance table: each benchmark puts its figures for the database it runs on, and the
 * servers' start times and memory are gathered from every server the run starts.
 */
final class BenchmarkReport {

  private static final String START = "server start, launch to first answer (fresh data directory)";
  private static final String MEMORY = "resident memory at first answer";

  private final List<String> databases = new ArrayList<>();
  private final Map<String, Map<String, String>> rows = new LinkedHashMap<>();
  private final Map<String, List<Double>> startSeconds = new LinkedHashMap<>();
  private final Map<String, List<Long>> memoryMegabytes = new LinkedHashMap<>();
  private String database;
  private String engine = "not measured (it runs in portal-ejb, with -am)";

  /** The figures put from now on are this database's. */
  void database(String name) {
    database = name;
    databases.add(name);
  }

  void put(String measure, String value) {
    rows.computeIfAbsent(measure, key -> new LinkedHashMap<>()).put(database, value);
  }

  /** A server of this run has answered: its start time and its memory at that moment count. */
  void started(ParaphServer server) throws IOException {
    double seconds = server.startTime().toMillis() / 1000.0;
    long megabytes = server.residentMemoryKilobytes() / 1024;
    startSeconds.computeIfAbsent(database, key -> new ArrayList<>()).add(seconds);
    memoryMegabytes.computeIfAbsent(database, key -> new ArrayList<>()).add(megabytes);
    System.out.printf(
        Locale.ROOT,
        "server start (launch to first answer): %.1f s, resident memory then: %d MB%n",
        seconds,
        megabytes);
  }

  /** The engine's own rate, as the sealing benchmark of the same run wrote it, if it ran. */
  void engineResult(Path file) throws IOException {
    if (Files.isRegularFile(file)) {
      // Its time says whether it is this run's: the file stays from earlier runs.
      LocalDateTime written =
          LocalDateTime.ofInstant(
                  Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault())
              .truncatedTo(ChronoUnit.MINUTES);
      engine = Files.readString(file).strip() + ", measured " + written;
    }
  }

  void print(PrintStream out, String machine) {
    out.println();
    out.printf(Locale.ROOT, "Portal benchmarks, %s, %s%n", LocalDate.now(), machine);
    out.println("README table rows:");
    out.println(
        "| measure | "
            + databases.stream().map(BenchmarkReport::title).collect(Collectors.joining(" | "))
            + " |");
    out.println("|---|" + "---|".repeat(databases.size()));
    Map<String, Map<String, String>> all = new LinkedHashMap<>();
    all.put(START, summary(startSeconds, "%.1f s"));
    all.put(MEMORY, summary(memoryMegabytes, "%d MB"));
    all.putAll(rows);
    // The engine has no database: its figure stands in the first column.
    out.println("| engine alone, one-page B-B invisible, one thread per core | " + engine + " |");
    all.forEach(
        (measure, values) ->
            out.println(
                "| "
                    + measure
                    + " | "
                    + databases.stream()
                        .map(name -> values.getOrDefault(name, ""))
                        .collect(Collectors.joining(" | "))
                    + " |"));
  }

  /** Per database: the median, and every server's figure in the order they started. */
  private <T extends Comparable<T>> Map<String, String> summary(
      Map<String, List<T>> figures, String format) {
    Map<String, String> summary = new LinkedHashMap<>();
    figures.forEach(
        (name, values) -> {
          T median = Medians.of(values, Comparator.naturalOrder());
          summary.put(
              name,
              String.format(Locale.ROOT, format, median)
                  + " (median of "
                  + values.size()
                  + " servers: "
                  + values.stream()
                      .map(value -> String.format(Locale.ROOT, format, value))
                      .collect(Collectors.joining(", "))
                  + ")");
        });
    return summary;
  }

  private static String title(String database) {
    return database.equals("postgresql") ? "PostgreSQL (local)" : "H2 (embedded)";
  }
}
