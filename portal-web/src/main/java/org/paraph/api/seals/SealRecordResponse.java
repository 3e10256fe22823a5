package org.paraph.api.seals;

import java.time.Instant;
import java.util.Map;
import org.paraph.seals.domain.SealRecord;

/**
 * A seal record as the API shows it. {@code degradedFrom} is the level asked for when no timestamp
 * authority answered and the seal was made at {@code level} B-B instead, as its settings allow;
 * {@code null} otherwise. {@code documentsKept} says whether the sealed file can be downloaded
 * again ({@code links.document}); without it the record keeps the hashes, the seal, who and when.
 */
public record SealRecordResponse(
    String id,
    String status,
    String seal,
    String format,
    String level,
    String degradedFrom,
    boolean visible,
    String sealedBy,
    String sealedByKind,
    Instant sealedAt,
    String documentSha256,
    String mode,
    boolean documentsKept,
    String originalSha256,
    Map<String, String> links) {

  static SealRecordResponse of(SealRecord record, String sealName) {
    String self = "/api/v1/seals/" + record.id();
    return new SealRecordResponse(
        record.id().toString(),
        "DONE",
        sealName,
        record.format().displayName(),
        record.level(),
        record.degradedFrom().orElse(null),
        record.visible(),
        record.actorName(),
        record.actorKind().name(),
        record.createdAt(),
        record.sealedSha256(),
        record.test() ? "TEST" : "PRODUCTION",
        record.documentsKept(),
        record.originalSha256().orElse(null),
        record.documentsKept()
            ? Map.of("self", self, "document", self + "/document")
            : Map.of("self", self));
  }
}
