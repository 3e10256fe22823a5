package org.paraph.web.verification;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.paraph.verification.domain.SignatureVerdict;
import org.paraph.verification.domain.VerdictWording;
import org.paraph.web.shell.Timestamps;

/**
 * One signature as the page shows it: the verdict in words, its colour, and the facts behind it.
 *
 * @param tone {@code passed} (green), {@code warning} or {@code indeterminate} (orange), {@code
 *     failed} (red)
 * @param provenTime the time a timestamp proves, empty when nothing proves a time
 * @param trustedList the EU trusted list entry that made the chain trusted, empty when none did
 * @param revocation whether and how the signer's certificate was checked for revocation, in words;
 *     empty when it needs no check
 * @param revoked whether the revocation data says the certificate was revoked
 */
public record SignatureView(
    String headline,
    String tone,
    String signer,
    String signingTime,
    String provenTime,
    String level,
    boolean coversWholeDocument,
    boolean changedAfter,
    boolean test,
    String indication,
    String subIndication,
    List<String> errors,
    List<String> warnings,
    String trustedList,
    String revocation,
    boolean revoked)
    implements Serializable {

  public SignatureView {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  /**
   * The page's view of {@code verdict}; {@code unknown} stands for a signer or level the signature
   * does not say, in the reader's language.
   */
  static SignatureView of(SignatureVerdict verdict, String unknown) {
    boolean timestamped = verdict.level() != null && !verdict.level().endsWith("-B");
    return new SignatureView(
        VerdictWording.headline(verdict),
        VerdictWording.tone(verdict),
        verdict.signerName() == null ? unknown : verdict.signerName(),
        Timestamps.format(verdict.signingTime()),
        timestamped ? Timestamps.format(verdict.bestSignatureTime()) : "",
        verdict.level() == null ? unknown : verdict.level(),
        verdict.coversWholeDocument(),
        verdict.changedAfter(),
        verdict.test(),
        verdict.indication().name(),
        verdict.subIndication() == null ? "" : verdict.subIndication(),
        verdict.errors(),
        verdict.warnings(),
        verdict.trustedList() == null ? "" : verdict.trustedList(),
        Objects.requireNonNullElse(VerdictWording.revocation(verdict), ""),
        verdict.revocation().revoked());
  }
}
