package org.paraph.api.verification;

import java.time.Instant;
import java.util.List;
import org.paraph.verification.domain.DocumentTimestamp;
import org.paraph.verification.domain.SignatureVerdict;
import org.paraph.verification.domain.VerificationReport;

/**
 * A verification report as the API shows it. Absent values (such as the sub-indication of a passed
 * signature) are left out.
 *
 * @param valid whether there is at least one signature and all of them passed
 */
public record VerificationResponse(
    String fileName,
    String sha256,
    Instant validationTime,
    boolean valid,
    List<Signature> signatures,
    List<Timestamp> documentTimestamps) {

  static VerificationResponse of(VerificationReport report) {
    return new VerificationResponse(
        report.fileName(),
        report.sha256(),
        report.validationTime(),
        report.allValid(),
        report.signatures().stream().map(Signature::of).toList(),
        report.documentTimestamps().stream().map(Timestamp::of).toList());
  }

  /** The verdict on one signature; {@code test} marks a signature chaining to a test anchor. */
  public record Signature(
      String id,
      String indication,
      String subIndication,
      String signer,
      Instant signingTime,
      Instant bestSignatureTime,
      String level,
      boolean coversWholeDocument,
      boolean changedAfter,
      boolean test,
      List<String> errors,
      List<String> warnings) {

    static Signature of(SignatureVerdict verdict) {
      return new Signature(
          verdict.id(),
          verdict.indication().name(),
          verdict.subIndication(),
          verdict.signerName(),
          verdict.signingTime(),
          verdict.bestSignatureTime(),
          verdict.level(),
          verdict.coversWholeDocument(),
          verdict.changedAfter(),
          verdict.test(),
          verdict.errors(),
          verdict.warnings());
    }
  }

  /** A timestamp over the whole document. */
  public record Timestamp(
      String id,
      Instant productionTime,
      String producedBy,
      String indication,
      String subIndication) {

    static Timestamp of(DocumentTimestamp timestamp) {
      return new Timestamp(
          timestamp.id(),
          timestamp.productionTime(),
          timestamp.producedBy(),
          timestamp.indication().name(),
          timestamp.subIndication());
    }
  }
}
