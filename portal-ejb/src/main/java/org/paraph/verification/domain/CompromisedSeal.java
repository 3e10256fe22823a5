package org.paraph.verification.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A seal retired because its key was compromised: its certificate counts as revoked from the
 * retirement on, as a CRL entry with reason keyCompromise would say. Whoever holds the leaked key
 * can still make signatures that look as if the seal made them, and date them as they like, so only
 * a signature proven to exist before the retirement (by a timestamp, the validator's best signature
 * time) may pass; any other is at best indeterminate.
 *
 * @param certificateId the validator's identifier of the seal's own certificate
 * @param sealName the name the seal had in service
 * @param retiredAt when it was retired, from which on the certificate counts as revoked
 */
public record CompromisedSeal(String certificateId, String sealName, Instant retiredAt) {

  /** What DSS says of a revoked signing certificate without proof of existence before it. */
  public static final String REVOKED_NO_POE = "REVOKED_NO_POE";

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  public CompromisedSeal {
    Objects.requireNonNull(certificateId, "certificateId");
    Objects.requireNonNull(sealName, "sealName");
    Objects.requireNonNull(retiredAt, "retiredAt");
  }

  /**
   * The verdict on a signature made with this seal's certificate: unchanged but for a warning when
   * the signature is proven to exist before the retirement; else not valid, with the retirement as
   * the reason (a signature that failed for another reason stays failed).
   */
  public SignatureVerdict judge(SignatureVerdict verdict) {
    Instant proven = verdict.bestSignatureTime();
    if (proven != null && proven.isBefore(retiredAt)) {
      List<String> warnings = new ArrayList<>(verdict.warnings());
      warnings.add(
          "The seal '"
              + sealName
              + "' was retired on "
              + WHEN.format(retiredAt)
              + " because its key was compromised; a timestamp proves this signature existed"
              + " before then.");
      return with(
          verdict, verdict.indication(), verdict.subIndication(), verdict.errors(), warnings);
    }
    List<String> errors = new ArrayList<>(verdict.errors());
    errors.add(
        "The seal '"
            + sealName
            + "' was retired on "
            + WHEN.format(retiredAt)
            + " because its key was compromised, and nothing proves this signature existed before"
            + " then: it may have been made with the leaked key.");
    boolean failed = verdict.indication() == Indication.TOTAL_FAILED;
    return with(
        verdict,
        failed ? Indication.TOTAL_FAILED : Indication.INDETERMINATE,
        failed ? verdict.subIndication() : REVOKED_NO_POE,
        errors,
        verdict.warnings());
  }

  private static SignatureVerdict with(
      SignatureVerdict verdict,
      Indication indication,
      String subIndication,
      List<String> errors,
      List<String> warnings) {
    return new SignatureVerdict(
        verdict.id(),
        indication,
        subIndication,
        verdict.signerName(),
        verdict.signingTime(),
        verdict.bestSignatureTime(),
        verdict.level(),
        verdict.coversWholeDocument(),
        verdict.changedAfter(),
        verdict.test(),
        errors,
        warnings,
        verdict.trustedList(),
        verdict.revocation());
  }
}
