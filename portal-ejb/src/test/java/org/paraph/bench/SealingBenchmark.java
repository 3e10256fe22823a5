package org.paraph.bench;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.token.KSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;
import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.paraph.documents.infrastructure.PdfInspector;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.SealingKey;
import org.paraph.seals.infrastructure.keys.Pkcs12;
import org.paraph.seals.infrastructure.sealing.PadesSealer;
import org.paraph.testsupport.DssTestValidation;
import org.paraph.testsupport.TestPdfs;
import org.paraph.trust.infrastructure.DemoCrlIssuer;
import org.paraph.trust.infrastructure.DemoPki;
import org.paraph.trust.infrastructure.DemoPkiGenerator;
import org.paraph.trust.infrastructure.DemoTimestampAuthority;
import org.paraph.trust.infrastructure.DemoTspSource;

/**
 * Sealing throughput and memory, printed as a table; it reports and asserts nothing. Run with
 * {@code ./mvnw -B -pl portal-ejb -am -Pbenchmark test} (README, "Performance").
 *
 * <p>For a one-page, a 1 MB and a 10 MB PDF, at B-B and B-T (the demo TSA in-process), with an
 * RSA-2048 key read from a PKCS#12 file, it measures in the same run:
 *
 * <ul>
 *   <li>the plain DSS cookbook way: {@code PAdESService} getDataToSign, sign with the PKCS#12
 *       token, signDocument; one document after another on one thread;
 *   <li>the portal's engine ({@link PadesSealer}, invisible seals) on as many threads as there are
 *       cores.
 * </ul>
 *
 * Then it seals a 100 MB PDF in a separate JVM limited to a 512 MB heap and prints the peak heap
 * used. One result of each engine case is validated by DSS, to show the figures are for good seals.
 */
public final class SealingBenchmark {

  private static final String ORGANISATION = "Benchmark Organisation";
  private static final char[] PKCS12_PASSWORD = "benchmark".toCharArray();

  private static final long WARM_UP_NANOS = 4_000_000_000L;
  private static final long MEASURE_NANOS = 5_000_000_000L;
  private static final int MINIMUM_SEALS = 5;

  /**
   * @param cpuMillis the mean CPU time of one seal on its thread: on a machine shared with other
   *     work, the wall-clock rate says more about the neighbours than about the code, while {@code
   *     cores * 1000 / cpuMillis} says what the cores would do if they were free
   */
  private record Result(double sealsPerSecond, double p50Millis, int seals, double cpuMillis) {
    double capacity(int cores) {
      return cores * 1000 / cpuMillis;
    }
  }

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args.length > 0 ? args[0] : "target/bench");
    if (args.length > 1 && args[1].equals("--large")) {
      sealLarge(Path.of(args[2]), args.length > 3 && args[3].equals("dss"));
      return;
    }
    Instant now = Instant.now();
    DemoPki pki = new DemoPkiGenerator().generate(ORGANISATION, "https://paraph.test", now);
    byte[] pkcs12 =
        Pkcs12.write(pki.seal().privateKey(), pki.seal().chain(), "seal", PKCS12_PASSWORD);
    SealingKey key = Pkcs12.read(pkcs12, PKCS12_PASSWORD);
    DemoTspSource tsp =
        new DemoTspSource(
            new DemoTimestampAuthority(pki.timestampAuthority(), Clock.systemUTC()),
            pki.timestampAuthority().chain());
    DssTestValidation validation =
        DssTestValidation.trusting(pki.root().signingCertificate())
            .withCrl(pki.crlUrl(), new DemoCrlIssuer().issue(pki.root(), now));
    int threads = Runtime.getRuntime().availableProcessors();

    List<String[]> documents =
        List.of(
            new String[] {"one page", null},
            new String[] {"1 MB", BenchmarkPdfs.ofSize(work, "1mb.pdf", 1_000_000).toString()},
            new String[] {"10 MB", BenchmarkPdfs.ofSize(work, "10mb.pdf", 10_000_000).toString()});
    System.out.printf(
        Locale.ROOT,
        "%nSealing benchmark: %d cores, Java %s, RSA-2048 key from PKCS#12%n",
        threads,
        System.getProperty("java.version"));
    List<String> rows = new ArrayList<>();
    PadesSealer engine = new PadesSealer(new PdfInspector());
    try (Pkcs12SignatureToken token =
        new Pkcs12SignatureToken(pkcs12, new KeyStore.PasswordProtection(PKCS12_PASSWORD))) {
      KSPrivateKeyEntry entry = (KSPrivateKeyEntry) token.getKeys().get(0);
      for (String[] document : documents) {
        byte[] pdf =
            document[1] == null ? TestPdfs.onePage() : Files.readAllBytes(Path.of(document[1]));
        for (SealLevel level : List.of(SealLevel.B_B, SealLevel.B_T)) {
          DemoTspSource timestamps = level == SealLevel.B_T ? tsp : null;
          Result dss = measure(1, () -> cookbook(pdf, token, entry, level, timestamps));
          Supplier<byte[]> engineSeal =
              () ->
                  engine.seal(
                      pdf,
                      key,
                      SealOptions.invisible(level, ORGANISATION, Instant.now()),
                      timestamps);
          Result fast = measure(threads, engineSeal);
          byte[] sample = engineSeal.get();
          List<Indication> indications =
              DssTestValidation.signatureIndications(validation.validate(sample));
          String row =
              String.format(
                  Locale.ROOT,
                  "| %s | %s | %.1f | %.1f ms | %.1f | %.1f ms | %.1fx | %.2f ms | %.2f ms | %.0f"
                      + " | %.0f | %.1fx | %s |",
                  document[0],
                  level.label(),
                  dss.sealsPerSecond(),
                  dss.p50Millis(),
                  fast.sealsPerSecond(),
                  fast.p50Millis(),
                  fast.sealsPerSecond() / dss.sealsPerSecond(),
                  dss.cpuMillis(),
                  fast.cpuMillis(),
                  dss.capacity(1),
                  fast.capacity(threads),
                  fast.capacity(threads) / dss.capacity(1),
                  indications);
          rows.add(row);
          System.out.println(row);
          if (document[1] == null && level == SealLevel.B_B) {
            writeEngineRate(work.resolve("engine-rate.txt"), threads, engineSeal);
          }
        }
      }
    }
    System.out.println();
    System.out.println(
        "| document | level | DSS cookbook, 1 thread (seals/s) | p50 | portal engine, "
            + threads
            + " threads (seals/s) | p50 | ratio | CPU per seal, DSS | CPU per seal, engine"
            + " | DSS on 1 free core (seals/s) | engine on "
            + threads
            + " free cores (seals/s) | ratio | engine's seal validates |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    System.out.printf(
        Locale.ROOT,
        "(load average during the run: %.1f on %d cores)%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        threads);
    rows.forEach(System.out::println);

    Path large = BenchmarkPdfs.ofSize(work, "100mb.pdf", 100_000_000);
    System.out.println();
    System.out.printf(
        Locale.ROOT, "Memory: sealing %s (%d bytes) with -Xmx512m%n", large, Files.size(large));
    runLargeInChild(work, large, false);
    runLargeInChild(work, large, true);
  }

  /** The DSS cookbook: getDataToSign, sign with the token, signDocument. */
  private static byte[] cookbook(
      byte[] pdf,
      Pkcs12SignatureToken token,
      KSPrivateKeyEntry entry,
      SealLevel level,
      DemoTspSource tsp) {
    PAdESSignatureParameters parameters = new PAdESSignatureParameters();
    parameters.setSignatureLevel(
        level == SealLevel.B_T ? SignatureLevel.PAdES_BASELINE_T : SignatureLevel.PAdES_BASELINE_B);
    parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
    parameters.setSigningCertificate(entry.getCertificate());
    parameters.setCertificateChain(entry.getCertificateChain());
    parameters.bLevel().setSigningDate(new Date());
    // The default reservation (9472 bytes) is too small for the chain and a token.
    parameters.setContentSize(20_000);
    PAdESService service = new PAdESService(new CommonCertificateVerifier());
    if (tsp != null) {
      service.setTspSource(tsp);
    }
    DSSDocument document = new InMemoryDocument(pdf);
    ToBeSigned dataToSign = service.getDataToSign(document, parameters);
    SignatureValue value = token.sign(dataToSign, parameters.getDigestAlgorithm(), entry);
    return DSSUtils.toByteArray(service.signDocument(document, parameters, value));
  }

  /**
   * The engine's one-page B-B rate for the portal benchmarks of the same build, which print it
   * beside the whole portal's: the median of three rounds (the table's round was the warm-up).
   */
  private static void writeEngineRate(Path file, int threads, Supplier<byte[]> seal)
      throws Exception {
    List<Result> rounds = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      rounds.add(run(threads, seal, MEASURE_NANOS, MINIMUM_SEALS));
    }
    List<Result> sorted = new ArrayList<>(rounds);
    sorted.sort(Comparator.comparingDouble(Result::sealsPerSecond));
    Result median = sorted.get(1);
    Files.writeString(
        file,
        String.format(
            Locale.ROOT,
            "%.0f seals/s on %d threads (p50 %.1f ms; median of 3 rounds of %d s: %s)",
            median.sealsPerSecond(),
            threads,
            median.p50Millis(),
            MEASURE_NANOS / 1_000_000_000L,
            rounds.stream()
                .map(round -> String.format(Locale.ROOT, "%.0f", round.sealsPerSecond()))
                .collect(Collectors.joining(", "))));
  }

  /** Warms up, then seals for a while on {@code threads} threads; seals/s and median latency. */
  private static Result measure(int threads, Supplier<byte[]> seal) throws Exception {
    run(threads, seal, WARM_UP_NANOS, 1);
    return run(threads, seal, MEASURE_NANOS, MINIMUM_SEALS);
  }

  private static Result run(int threads, Supplier<byte[]> seal, long nanos, int minimum)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicLong count = new AtomicLong();
    AtomicLong cpuNanos = new AtomicLong();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    List<List<Long>> latencies = new ArrayList<>();
    List<Future<?>> running = new ArrayList<>();
    long start = System.nanoTime();
    long deadline = start + nanos;
    for (int t = 0; t < threads; t++) {
      List<Long> mine = new ArrayList<>();
      latencies.add(mine);
      running.add(
          pool.submit(
              () -> {
                while (System.nanoTime() < deadline || count.get() < minimum) {
                  long begun = System.nanoTime();
                  long cpuBegun = cpu.getCurrentThreadCpuTime();
                  if (seal.get().length == 0) {
                    throw new IllegalStateException("empty seal");
                  }
                  cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - cpuBegun);
                  mine.add(System.nanoTime() - begun);
                  count.incrementAndGet();
                }
                return null;
              }));
    }
    for (Future<?> future : running) {
      future.get();
    }
    long elapsed = System.nanoTime() - start;
    pool.shutdown();
    List<Long> all = new ArrayList<>();
    latencies.forEach(all::addAll);
    Collections.sort(all);
    return new Result(
        all.size() / (elapsed / 1e9),
        all.get(all.size() / 2) / 1e6,
        all.size(),
        cpuNanos.get() / 1e6 / all.size());
  }

  private static void runLargeInChild(Path work, Path large, boolean dss) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                // What an operator who seals files this large sets: the default limits (uploads of
                // 10 MB, 80 MB decoded) refuse it before any sealing.
                "-Dparaph.max.upload.mb=128",
                "-cp",
                System.getProperty("java.class.path"),
                SealingBenchmark.class.getName(),
                work.toString(),
                "--large",
                large.toString()));
    if (dss) {
      command.add("dss");
    }
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes());
    int status = child.waitFor();
    output
        .lines()
        .filter(line -> line.startsWith("|") || line.startsWith("  "))
        .forEach(System.out::println);
    if (status != 0) {
      System.out.println(
          "  "
              + (dss ? "DSS cookbook" : "engine")
              + ": the JVM exited with status "
              + status
              + output
                  .lines()
                  .filter(line -> line.startsWith("Exception") || line.startsWith("Caused by"))
                  .map(line -> "\n    " + line)
                  .collect(Collectors.joining()));
    }
  }

  /** In the child JVM: seals the large file at B-B and B-T and prints the peak heap. */
  private static void sealLarge(Path file, boolean dss) throws Exception {
    Instant now = Instant.now();
    DemoPki pki = new DemoPkiGenerator().generate(ORGANISATION, "https://paraph.test", now);
    SealingKey key = pki.seal();
    DemoTspSource tsp =
        new DemoTspSource(
            new DemoTimestampAuthority(pki.timestampAuthority(), Clock.systemUTC()),
            pki.timestampAuthority().chain());
    byte[] pdf = Files.readAllBytes(file);
    String who = dss ? "DSS cookbook" : "portal engine";
    for (SealLevel level : List.of(SealLevel.B_B, SealLevel.B_T)) {
      DemoTspSource timestamps = level == SealLevel.B_T ? tsp : null;
      resetPeaks();
      long begun = System.nanoTime();
      byte[] sealed;
      try {
        if (dss) {
          byte[] pkcs12 = Pkcs12.write(key.privateKey(), key.chain(), "seal", PKCS12_PASSWORD);
          try (Pkcs12SignatureToken token =
              new Pkcs12SignatureToken(
                  new ByteArrayInputStream(pkcs12),
                  new KeyStore.PasswordProtection(PKCS12_PASSWORD))) {
            sealed =
                cookbook(pdf, token, (KSPrivateKeyEntry) token.getKeys().get(0), level, timestamps);
          }
        } else {
          sealed =
              new PadesSealer(new PdfInspector())
                  .seal(pdf, key, SealOptions.invisible(level, ORGANISATION, now), timestamps);
        }
      } catch (OutOfMemoryError e) {
        System.out.printf(
            Locale.ROOT, "  %s, %s: OutOfMemoryError with a 512 MB heap%n", who, level.label());
        continue;
      }
      double seconds = (System.nanoTime() - begun) / 1e9;
      boolean prefix = sealed.length > pdf.length;
      for (int i = 0; prefix && i < pdf.length; i += 4096) {
        prefix = sealed[i] == pdf[i];
      }
      System.out.printf(
          Locale.ROOT,
          "  %s, %s: sealed in %.2f s, %d bytes added, peak heap used %d MB (heap max %d MB)%n",
          who,
          level.label(),
          seconds,
          sealed.length - pdf.length,
          peakHeapMegabytes(),
          Runtime.getRuntime().maxMemory() / (1024 * 1024));
      sealed = null;
    }
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  /** The sum of the heap pools' peaks: an upper bound of the heap used at any one time. */
  private static long peakHeapMegabytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / (1024 * 1024);
  }

  private SealingBenchmark() {}
}
