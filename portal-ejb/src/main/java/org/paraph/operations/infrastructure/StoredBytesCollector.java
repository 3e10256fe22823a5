package org.paraph.operations.infrastructure;

import io.prometheus.metrics.model.registry.Collector;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import java.util.List;
import java.util.function.Supplier;
import org.paraph.operations.application.SealStoredBytes;

/**
 * {@code paraph_seal_stored_bytes{seal,seal_id}}: the documents each seal's records keep. A
 * Prometheus collector rather than a Micrometer gauge: the seals are known only when the database
 * is read, and a collector gives each scrape the series of that reading. The id is a label too: a
 * retired seal's name may be taken again by a new seal.
 */
final class StoredBytesCollector implements Collector {

  static final String NAME = "paraph_seal_stored_bytes";

  private final Supplier<List<SealStoredBytes>> reading;

  StoredBytesCollector(Supplier<List<SealStoredBytes>> reading) {
    this.reading = reading;
  }

  @Override
  public MetricSnapshot collect() {
    GaugeSnapshot.Builder gauge =
        GaugeSnapshot.builder()
            .name(NAME)
            .help("Bytes of documents (originals and sealed files) that each seal's records keep");
    for (SealStoredBytes stored : reading.get()) {
      gauge.dataPoint(
          GaugeSnapshot.GaugeDataPointSnapshot.builder()
              .value(stored.bytes())
              .labels(Labels.of("seal", stored.sealName(), "seal_id", stored.sealId().toString()))
              .build());
    }
    return gauge.build();
  }

  @Override
  public String getPrometheusName() {
    return NAME;
  }
}
