package org.paraph.verification.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The verdict on one signature of a document.
 *
 * @param id the validator's identifier of the signature, stable for the same file
 * @param indication the overall outcome
 * @param subIndication why the outcome is not {@link Indication#TOTAL_PASSED} (e.g. {@code
 *     HASH_FAILURE}, {@code NO_CERTIFICATE_CHAIN_FOUND}); {@code null} when it is
 * @param signerName the common name of the signing certificate's subject; {@code null} when the
 *     signing certificate could not be found
 * @param signingTime the time the signer claims (not proven); {@code null} if none is claimed
 * @param bestSignatureTime the earliest time at which the signature is proven to have existed: a
 *     timestamp's time, or the validation time when nothing proves an earlier one
 * @param level the format and level as the validator names it, e.g. {@code PAdES-BASELINE-T}
 * @param coversWholeDocument whether the signed byte range reaches the end of the file, so that
 *     nothing at all was appended after the signature (for a detached CMS signature: always true,
 *     it covers all of the original)
 * @param changedAfter whether revisions appended after this signature change what the document
 *     shows (pages, content, annotations over it); added signatures, timestamps and validation data
 *     do not count
 * @param test whether the signer's certificate chains to one of the portal's test anchors (such as
 *     the demo root): a test seal, not to be relied on
 * @param errors why the signature failed or is indeterminate, in words
 * @param warnings what does not invalidate the signature but a reader should know
 * @param trustedList the EU trusted list through which the signer's chain is trusted, as its
 *     country and the trust service provider listed in it (e.g. {@code BE: Example QTSP}); {@code
 *     null} when the chain ends at another anchor, or at none
 * @param revocation whether the revocation status of the signer's certificate was checked, from
 *     where, and why not
 */
public record SignatureVerdict(
    String id,
    Indication indication,
    String subIndication,
    String signerName,
    Instant signingTime,
    Instant bestSignatureTime,
    String level,
    boolean coversWholeDocument,
    boolean changedAfter,
    boolean test,
    List<String> errors,
    List<String> warnings,
    String trustedList,
    RevocationCheck revocation) {

  public SignatureVerdict {
    revocation = revocation == null ? RevocationCheck.notApplicable() : revocation;
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(indication, "indication");
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  public boolean valid() {
    return indication == Indication.TOTAL_PASSED;
  }
}
