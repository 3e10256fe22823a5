package org.paraph.verification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the verification of one file found. A PDF without any signature gives a report with no
 * signatures, not an error.
 *
 * @param fileName the name of the file as uploaded
 * @param sha256 the SHA-256 of the file, lower-case hex, so that the reader can tell which file it
 *     is about
 * @param validationTime the time as of which the signatures were validated
 * @param signatures one verdict per signature, in the order the validator found them
 * @param documentTimestamps the timestamps over the whole document
 * @param trustedLists whether the EU trusted lists were trust anchors, and when they were loaded
 */
public record VerificationReport(
    String fileName,
    String sha256,
    Instant validationTime,
    List<SignatureVerdict> signatures,
    List<DocumentTimestamp> documentTimestamps,
    TrustedListStatus trustedLists) {

  public VerificationReport {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(validationTime, "validationTime");
    Objects.requireNonNull(trustedLists, "trustedLists");
    signatures = List.copyOf(signatures);
    documentTimestamps = List.copyOf(documentTimestamps);
  }

  public boolean signed() {
    return !signatures.isEmpty();
  }

  /** Whether there is at least one signature and every one of them passed. */
  public boolean allValid() {
    return signed() && signatures.stream().allMatch(SignatureVerdict::valid);
  }
}
