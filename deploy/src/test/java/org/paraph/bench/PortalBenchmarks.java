package org.paraph.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * README's performance section in one run: for each database (H2, then PostgreSQL), the foundation
 * benchmark (start, memory, sequential seals), the workflow benchmark and the API load benchmark,
 * each on a server of its own started from the launcher; then one table with a column per database,
 * and the engine's own rate if the sealing benchmark ran before in the same build. Run with {@code
 * ./mvnw -pl deploy -am -Pbenchmark verify}; {@code -Dparaph.bench.databases=h2} or {@code
 * =postgresql} for one database, {@code -Dparaph.bench.only=api-load} (or {@code foundation},
 * {@code workflow}) for one benchmark. It reports; it asserts nothing about time. Its report is its
 * standard output, which the build shows, as every benchmark's here: not a log.
 */
public final class PortalBenchmarks {

  public static void main(String[] args) throws Exception {
    List<String> databases = list("paraph.bench.databases", "h2,postgresql");
    List<String> benchmarks = list("paraph.bench.only", "foundation,workflow,api-load");
    // Refused before the first server starts, not after the first database's quarter of an hour.
    requireEach(databases, List.of("h2", "postgresql"), "paraph.bench.databases");
    requireEach(benchmarks, List.of("foundation", "workflow", "api-load"), "paraph.bench.only");
    BenchmarkReport report = new BenchmarkReport();
    for (String database : databases) {
      // The servers' support reads the database from this property when each server starts.
      System.setProperty("paraph.it.db", database);
      report.database(database);
      System.out.println();
      System.out.println("=== " + database + " ===");
      for (String benchmark : benchmarks) {
        switch (benchmark) {
          case "foundation" -> FoundationBenchmark.run(report);
          case "workflow" -> WorkflowBenchmark.run(report);
          case "api-load" -> ApiLoadBenchmark.run(report);
          default -> throw new IllegalStateException("checked above: " + benchmark);
        }
      }
    }
    String engineResult = System.getProperty("paraph.bench.engine.result");
    if (engineResult != null) {
      report.engineResult(Path.of(engineResult));
    }
    report.print(System.out, machine());
  }

  private static String machine() {
    return String.format(
        Locale.ROOT,
        "%d available processors, Java %s, %s %s (%s)",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        System.getProperty("os.arch"));
  }

  private static void requireEach(List<String> values, List<String> known, String property) {
    for (String value : values) {
      if (!known.contains(value)) {
        throw new IllegalArgumentException(
            property + ": one or more of " + String.join(", ", known) + ", not " + value);
      }
    }
  }

  private static List<String> list(String property, String defaults) {
    return List.of(System.getProperty(property, defaults).split(","));
  }
}
