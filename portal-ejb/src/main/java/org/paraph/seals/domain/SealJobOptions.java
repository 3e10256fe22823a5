package org.paraph.seals.domain;

import java.util.Objects;

/**
 * How a queued document is to be sealed, as the request said (the seal itself is kept apart, as the
 * resolved seal's id).
 *
 * @param format PAdES or a detached CAdES signature
 * @param level the baseline level
 * @param placement where the annotation goes
 * @param reason the reason, or null
 * @param location the location, or null
 */
public record SealJobOptions(
    SealFormat format,
    SealLevel level,
    PlacementRequest placement,
    String reason,
    String location) {

  public SealJobOptions {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(placement, "placement");
  }
}
