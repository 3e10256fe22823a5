package org.paraph.it.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One running Paraph instance for the system tests: the provisioned server started with its own
 * launcher ({@code bin/paraph.sh}, as README's run command does), on free ports, with its own data
 * directory, stopped gracefully at the end.
 */
public final class ParaphServer implements AutoCloseable {

  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "it-admin-Secret-42";

  /** 4 minutes; {@code -Dparaph.it.start.minutes=N} on a machine shared by many builds. */
  private static final Duration START_TIMEOUT =
      Duration.ofMinutes(Long.getLong("paraph.it.start.minutes", 4));

  private final String name;
  private final Path dataDir;
  private final int port;
  private final Map<String, String> environment;
  private final Path log;
  private Process process;
  private Duration startTime;
  private boolean shutdownHookAdded;

  private ParaphServer(String name, Path dataDir, int port, Map<String, String> environment) {
    this.name = name;
    this.dataDir = dataDir;
    this.port = port;
    this.environment = environment;
    this.log = dataDir.resolveSibling(name + "-server.log");
  }

  /**
   * The environment of a portal that sends its mail to an SMTP server on the loopback (GreenMail in
   * the tests), from paraph@example.org, plus what the test adds.
   */
  public static Map<String, String> mailingTo(int smtpPort, Map<String, String> more) {
    Map<String, String> env = new HashMap<>(more);
    env.put("PARAPH_SMTP_HOST", "127.0.0.1");
    env.put("PARAPH_SMTP_PORT", String.valueOf(smtpPort));
    env.put("PARAPH_MAIL_FROM", "paraph@example.org");
    return env;
  }

  /** A new instance on free ports with its own data dir under the failsafe work directory. */
  public static ParaphServer create(String name, Map<String, String> extraEnvironment)
      throws IOException {
    Path work = Path.of(System.getProperty("paraph.it.work", "target/it-work")).toAbsolutePath();
    Path dataDir = work.resolve(name + "-data");
    // A fresh installation each run: nothing left over from a run on another database.
    deleteRecursively(dataDir);
    Files.deleteIfExists(work.resolve(name + "-server.log"));
    Files.createDirectories(dataDir);
    Map<String, String> env = new HashMap<>();
    env.put("PARAPH_ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.putAll(Database.configured().environmentFor(name));
    env.putAll(extraEnvironment);
    return new ParaphServer(name, dataDir, freePortFamily(), env);
  }

  public ParaphServer start() throws IOException, InterruptedException {
    Path home = Path.of(System.getProperty("paraph.server.home", "target/server"));
    ProcessBuilder builder =
        new ProcessBuilder(
                "bash",
                home.resolve("bin/paraph.sh").toString(),
                // WildFly rolls the deployment back after 300 s by default: give it as long.
                "-Djboss.as.management.blocking.timeout="
                    + Math.max(300, START_TIMEOUT.toSeconds()))
            .directory(dataDir.getParent().toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    builder.environment().put("PARAPH_HTTP_PORT", Integer.toString(port));
    builder.environment().put("PARAPH_DATA_DIR", dataDir.toString());
    Instant begun = Instant.now();
    process = builder.start();
    if (!shutdownHookAdded) {
      Runtime.getRuntime().addShutdownHook(new Thread(this::stopQuietly));
      shutdownHookAdded = true;
    }
    awaitReady(begun);
    startTime = Duration.between(begun, Instant.now());
    return this;
  }

  /** Stops and starts again with the same data directory, database and port. */
  public ParaphServer restart() throws IOException, InterruptedException {
    stopQuietly();
    return start();
  }

  /**
   * Sets (or, with null, removes) an environment variable for the next start: a restart with
   * another configuration on the same data.
   */
  public void setEnvironment(String name, String value) {
    if (value == null) {
      environment.remove(name);
    } else {
      environment.put(name, value);
    }
  }

  /**
   * A connection to this instance's database, as the server's own user. The embedded H2 database is
   * a file only one process may open: reach it only while the server is stopped.
   */
  public Connection openDatabase() throws SQLException {
    String url = environment.get("PARAPH_DB_URL");
    if (url == null) {
      return DriverManager.getConnection(
          "jdbc:h2:file:" + dataDir.resolve("db/paraph"), "sa", "sa");
    }
    String password = environment.getOrDefault("PARAPH_DB_PASSWORD", "");
    return DriverManager.getConnection(url, environment.get("PARAPH_DB_USER"), password);
  }

  /** Stops the server gracefully; {@link #start()} starts it again on the same data. */
  public void stop() {
    stopQuietly();
  }

  private void awaitReady(Instant begun) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest probe =
        HttpRequest.newBuilder(uri("/api/v1/trust/anchors"))
            .timeout(Duration.ofSeconds(10))
            .build();
    while (Duration.between(begun, Instant.now()).compareTo(START_TIMEOUT) < 0) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Server " + name + " stopped while starting:\n" + tailOfLog());
      }
      if (Files.exists(log) && Files.readString(log).contains("started (with errors)")) {
        throw new IllegalStateException("Server " + name + " started with errors:\n" + tailOfLog());
      }
      try {
        if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(
        "Server " + name + " not ready after " + START_TIMEOUT + ":\n" + tailOfLog());
  }

  public URI uri(String path) {
    return URI.create(baseUrl() + path);
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }

  /** An address on the management interface (loopback only, at the HTTP port + 1910). */
  public URI managementUri(String path) {
    return URI.create("http://127.0.0.1:" + (port + 1910) + path);
  }

  /** The Prometheus scrape address (the management address, at the HTTP port + 1911). */
  public URI metricsUri() {
    return URI.create("http://127.0.0.1:" + (port + 1911) + "/metrics");
  }

  public int port() {
    return port;
  }

  public Path dataDir() {
    return dataDir;
  }

  public Duration startTime() {
    return startTime;
  }

  /**
   * The server JVM's process id: the launcher's {@code java} descendant, since {@code
   * standalone.sh} runs the JVM as its child (the launcher itself if it ever became the JVM).
   */
  public long serverPid() {
    return process
        .descendants()
        .filter(p -> p.info().command().orElse("").endsWith("java"))
        .findFirst()
        .orElse(process.toHandle())
        .pid();
  }

  /** The server JVM's resident memory, from /proc. */
  public long residentMemoryKilobytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(serverPid()), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new IOException("No VmRSS for the server process");
  }

  public String tailOfLog() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  public String log() throws IOException {
    return Files.readString(log);
  }

  /** Stops gracefully (SIGTERM to the server JVM, then its launcher), forcibly after a minute. */
  @Override
  public void close() {
    stopQuietly();
  }

  private void stopQuietly() {
    if (process == null || !process.isAlive()) {
      return;
    }
    List<ProcessHandle> children = process.descendants().toList();
    children.forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        children.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
      for (ProcessHandle child : children) {
        child.onExit().get(30, TimeUnit.SECONDS);
      }
    } catch (Exception e) {
      children.forEach(ProcessHandle::destroyForcibly);
    }
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (var paths = Files.walk(directory)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /**
   * A port whose derived ports (HTTPS +363, management +1910 and +1913, metrics +1911) are free.
   */
  private static int freePortFamily() throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      int candidate;
      try (ServerSocket socket = new ServerSocket(0)) {
        candidate = socket.getLocalPort();
      }
      if (candidate + 1913 < 65535
          && free(candidate + 363)
          && free(candidate + 1910)
          && free(candidate + 1911)
          && free(candidate + 1913)) {
        return candidate;
      }
    }
    throw new IOException("No free family of ports found");
  }

  private static boolean free(int port) {
    try (ServerSocket ignored = new ServerSocket(port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
