package org.paraph.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of a server's metrics, as Prometheus reads them: each sample by its name and labels.
 * The labels are matched as given, in any order.
 */
public final class Metrics {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  // name{label="value",...} value  (values may be NaN, +Inf, or a number in any notation)
  private static final Pattern SAMPLE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})?\\s+(\\S+)(?:\\s+\\d+)?$");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  private final Map<String, Double> samples;
  private final String text;

  private Metrics(String text) {
    this.text = text;
    Map<String, Double> parsed = new HashMap<>();
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Matcher sample = SAMPLE.matcher(line.trim());
      if (sample.matches()) {
        parsed.put(
            key(sample.group(1), labels(sample.group(2))), Double.valueOf(value(sample.group(3))));
      }
    }
    this.samples = parsed;
  }

  /** Scrapes the server's metrics endpoint; fails unless it answers 200 in the text format. */
  public static Metrics of(ParaphServer server) throws IOException, InterruptedException {
    HttpResponse<String> answer =
        HTTP.send(
            HttpRequest.newBuilder(server.metricsUri()).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), answer::body);
    return new Metrics(answer.body());
  }

  /**
   * Scrapes until a scrape shows what the test waits for (the gauges read the database at most
   * every few seconds), for at most a minute; fails with the last scrape.
   */
  public static Metrics awaitShowing(ParaphServer server, Predicate<Metrics> seen, String what)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    Metrics last = of(server);
    while (!seen.test(last)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("The metrics never showed " + what + ":\n" + last.text());
      }
      Thread.sleep(250);
      last = of(server);
    }
    return last;
  }

  /** The sum of the samples of this name whose labels include the given ones. */
  public double sum(String name, String... labelPairs) {
    double sum = 0;
    for (Map.Entry<String, Double> sample : samples.entrySet()) {
      String key = sample.getKey();
      if (!(key.equals(name) || key.startsWith(name + "{"))) {
        continue;
      }
      boolean matches = true;
      for (int i = 0; i < labelPairs.length; i += 2) {
        matches &=
            key.contains(labelPairs[i] + "=" + labelPairs[i + 1] + ",")
                || key.contains(labelPairs[i] + "=" + labelPairs[i + 1] + "}");
      }
      if (matches) {
        sum += sample.getValue();
      }
    }
    return sum;
  }

  /** The sample's value, 0 when the server has none yet (a counter not yet incremented). */
  public double value(String name, String... labelPairs) {
    Map<String, String> labels = new TreeMap<>();
    for (int i = 0; i < labelPairs.length; i += 2) {
      labels.put(labelPairs[i], labelPairs[i + 1]);
    }
    return samples.getOrDefault(key(name, labels), 0.0);
  }

  /** Whether a sample of this name, whatever its labels, is in the scrape. */
  public boolean has(String name) {
    return samples.keySet().stream()
        .anyMatch(key -> key.equals(name) || key.startsWith(name + "{"));
  }

  public String text() {
    return text;
  }

  private static Map<String, String> labels(String labels) {
    Map<String, String> parsed = new TreeMap<>();
    if (labels != null) {
      Matcher label = LABEL.matcher(labels);
      while (label.find()) {
        parsed.put(label.group(1), label.group(2));
      }
    }
    return parsed;
  }

  private static String key(String name, Map<String, String> labels) {
    return labels.isEmpty() ? name : name + labels;
  }

  private static String value(String text) {
    return switch (text) {
      case "+Inf" -> "Infinity";
      case "-Inf" -> "-Infinity";
      default -> text;
    };
  }
}
