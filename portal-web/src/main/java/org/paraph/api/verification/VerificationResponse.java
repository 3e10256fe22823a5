package org.paraph.api.verification;

import java.time.Instant;
import java.util.List;
import org.paraph.verification.domain.DocumentTimestamp;
import org.paraph.verification.domain.RevocationCheck;
import org.paraph.verification.domain.RevocationSource;
import org.paraph.verification.domain.SignatureVerdict;
import org.paraph.verification.domain.TrustedListStatus;
import org.paraph.verification.domain.VerdictWording;
import org.paraph.verification.domain.VerificationReport;

/**
 * A verification report as the API shows it. Absent values (such as the sub-indication of a passed
 * signature) are left out.
 *
 * @param valid whether there is at least one signature and all of them passed
 * @param trustedLists whether the EU trusted lists were trust anchors, and when they were loaded
 */
public record VerificationResponse(
    String fileName,
    String sha256,
    Instant validationTime,
    boolean valid,
    List<Signature> signatures,
    List<Timestamp> documentTimestamps,
    TrustedLists trustedLists) {

  static VerificationResponse of(VerificationReport report) {
    return new VerificationResponse(
        report.fileName(),
        report.sha256(),
        report.validationTime(),
        report.allValid(),
        report.signatures().stream().map(Signature::of).toList(),
        report.documentTimestamps().stream().map(Timestamp::of).toList(),
        TrustedLists.of(report.trustedLists()));
  }

  /**
   * The verdict on one signature; {@code test} marks a signature chaining to a test anchor, {@code
   * trustedList} names the EU trusted list entry (country: provider) that made its chain trusted,
   * {@code revocation} says whether the signer's certificate was checked for revocation (absent
   * when it needs no check).
   */
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
      List<String> warnings,
      String trustedList,
      Revocation revocation) {

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
          verdict.warnings(),
          verdict.trustedList(),
          Revocation.of(verdict));
    }
  }

  /**
   * The revocation check of a signer's certificate.
   *
   * @param checked whether revocation data was found and used
   * @param sources what was used: {@code type} CRL or OCSP, {@code host} it came from, {@code
   *     origin} {@code FETCHED}, {@code PORTAL} (this portal's own CRL) or {@code DOCUMENT}, {@code
   *     status} GOOD, REVOKED or UNKNOWN, and when it was revoked
   * @param problems what could not be fetched and why, e.g. "OCSP at ocsp.example.com: no answer
   *     within 5 seconds"
   * @param summary all of it in one sentence
   */
  public record Revocation(
      boolean checked, List<Source> sources, List<String> problems, String summary) {

    static Revocation of(SignatureVerdict verdict) {
      RevocationCheck check = verdict.revocation();
      if (!check.applicable()) {
        return null;
      }
      return new Revocation(
          check.checked(),
          check.sources().stream().map(Source::of).toList(),
          check.problems(),
          VerdictWording.revocation(verdict));
    }

    /** One piece of revocation data used. */
    public record Source(
        String type, String host, String origin, String status, Instant revokedAt) {

      static Source of(RevocationSource source) {
        return new Source(
            source.type(),
            source.host(),
            source.origin().name(),
            source.status(),
            source.revokedAt());
      }
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

  /**
   * The EU trusted lists at the time of the verification.
   *
   * @param used whether their certificates were trust anchors
   * @param state {@code DISABLED}, {@code LOADING}, {@code LOADED} or {@code UNAVAILABLE}
   * @param lastLoaded when the lists in use were downloaded
   * @param problem why they were not used, or what went wrong with the last refresh
   * @param summary all of it in one sentence
   */
  public record TrustedLists(
      boolean used,
      String state,
      String lotlUrl,
      Instant lastLoaded,
      Instant lastAttempt,
      int trustedLists,
      int certificates,
      String problem,
      String summary) {

    static TrustedLists of(TrustedListStatus status) {
      return new TrustedLists(
          status.used(),
          status.state().name(),
          status.lotlUrl(),
          status.lastLoaded(),
          status.lastAttempt(),
          status.trustedLists(),
          status.certificates(),
          status.problem(),
          status.summary());
    }
  }
}
