package org.paraph.verification.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A timestamp over the whole document (a PAdES document timestamp, as B-LTA seals end with), rather
 * than over one signature.
 *
 * @param id the validator's identifier of the timestamp
 * @param productionTime the time the timestamp authority attests
 * @param producedBy the common name of the timestamp authority's certificate, if known
 * @param indication whether the timestamp itself is valid
 * @param subIndication why not, when it is not; {@code null} otherwise
 */
public record DocumentTimestamp(
    String id,
    Instant productionTime,
    String producedBy,
    Indication indication,
    String subIndication) {

  public DocumentTimestamp {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(indication, "indication");
  }
}
