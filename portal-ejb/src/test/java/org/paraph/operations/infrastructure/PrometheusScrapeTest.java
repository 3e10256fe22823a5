package org.paraph.operations.infrastructure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.paraph.operations.application.SealStoredBytes;
import org.paraph.seals.application.SealMetrics;
import org.paraph.seals.application.SealResult;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealUse;
import org.paraph.workflows.domain.OtpCheck;

/**
 * The names and labels an operator's dashboards and alerts are written against, as Prometheus reads
 * them from the portal's registry.
 */
class PrometheusScrapeTest {

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  @Test
  void sealsAreCountedBySealLevelOriginAndOutcomeAndTimedInBuckets() {
    MicrometerSealMetrics metrics = new MicrometerSealMetrics();
    metrics.registry = registry;

    metrics.record(SealUse.API, "acme", SealLevel.B_B, SealResult.SEALED, Duration.ofMillis(40));
    metrics.record(SealUse.API, "acme", SealLevel.B_B, SealResult.SEALED, Duration.ofMillis(60));
    metrics.record(
        SealUse.BATCH, "acme", SealLevel.B_LT, SealResult.FAILED, Duration.ofMillis(3000));
    metrics.record(
        SealUse.BROWSER, SealMetrics.NO_SEAL, null, SealResult.REFUSED, Duration.ofMillis(1));

    String scrape = registry.scrape();
    assertContains(
        scrape,
        "paraph_seals_total{level=\"B-B\",origin=\"api\",outcome=\"sealed\",seal=\"acme\"} 2");
    assertContains(
        scrape,
        "paraph_seals_total{level=\"B-LT\",origin=\"batch\",outcome=\"failed\",seal=\"acme\"} 1");
    assertContains(
        scrape,
        "paraph_seals_total{level=\"none\",origin=\"browser\",outcome=\"refused\",seal=\"none\"} 1");
    assertContains(
        scrape,
        "paraph_seal_duration_seconds_bucket{level=\"B-B\",origin=\"api\",outcome=\"sealed\","
            + "le=\"0.05\"} 1");
    assertContains(
        scrape,
        "paraph_seal_duration_seconds_bucket{level=\"B-B\",origin=\"api\",outcome=\"sealed\","
            + "le=\"0.1\"} 2");
    assertContains(
        scrape,
        "paraph_seal_duration_seconds_count{level=\"B-LT\",origin=\"batch\",outcome=\"failed\"} 1");
  }

  @Test
  void codesAreCountedByOutcome() {
    MicrometerOtpMetrics metrics = new MicrometerOtpMetrics();
    metrics.registry = registry;

    metrics.checked(OtpCheck.WRONG);
    metrics.checked(OtpCheck.WRONG);
    metrics.checked(OtpCheck.LOCKED);
    metrics.checked(OtpCheck.ACCEPTED);

    String scrape = registry.scrape();
    assertContains(scrape, "paraph_otp_checks_total{outcome=\"wrong\"} 2");
    assertContains(scrape, "paraph_otp_checks_total{outcome=\"locked\"} 1");
    assertContains(scrape, "paraph_otp_checks_total{outcome=\"accepted\"} 1");
  }

  @Test
  void theStoredBytesOfEachSealAreReadAtEachScrapeWithTheSealsIdBesideItsName() {
    List<SealStoredBytes> reading = new ArrayList<>();
    registry.getPrometheusRegistry().register(new StoredBytesCollector(() -> reading));
    UUID acme = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    UUID retired = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    reading.add(new SealStoredBytes(acme, "acme", 2_500_000));
    reading.add(new SealStoredBytes(retired, "acme", 1_000));
    String scrape = registry.scrape();
    assertContains(
        scrape, "paraph_seal_stored_bytes{seal=\"acme\",seal_id=\"" + acme + "\"} 2500000");
    assertContains(
        scrape, "paraph_seal_stored_bytes{seal=\"acme\",seal_id=\"" + retired + "\"} 1000");

    reading.set(0, new SealStoredBytes(acme, "acme", 3_000_000));
    assertContains(
        registry.scrape(),
        "paraph_seal_stored_bytes{seal=\"acme\",seal_id=\"" + acme + "\"} 3000000");
  }

  private static void assertContains(String scrape, String sample) {
    // Prometheus's client writes 2.0 where another writes 2: the sample is the same.
    assertTrue(
        scrape.contains(sample + "\n") || scrape.contains(sample + ".0\n"),
        () -> "no line " + sample + " in\n" + scrape);
  }
}
