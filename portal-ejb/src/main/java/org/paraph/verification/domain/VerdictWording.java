package org.paraph.verification.domain;

import java.util.Locale;

/**
 * A verdict in words a person without a course in ETSI standards understands, and how serious it is
 * (its tone, which pages and reports show as a colour). The sub-indications named here are the
 * common ones (ETSI EN 319 102-1, table 6); any other is shown by its name.
 */
public final class VerdictWording {

  private VerdictWording() {}

  public static String headline(SignatureVerdict verdict) {
    return switch (verdict.indication()) {
      case TOTAL_PASSED ->
          verdict.changedAfter()
              ? "Valid signature, but the document was changed after it was signed: what you see"
                  + " is not exactly what was signed"
              : "Valid";
      case TOTAL_FAILED -> "Invalid: " + failure(verdict.subIndication());
      case INDETERMINATE -> "Indeterminate: " + doubt(verdict.subIndication());
    };
  }

  /** The CSS tone: {@code passed}, {@code warning}, {@code indeterminate} or {@code failed}. */
  public static String tone(SignatureVerdict verdict) {
    if (verdict.indication() == Indication.TOTAL_PASSED) {
      return verdict.changedAfter() ? "warning" : "passed";
    }
    return verdict.indication() == Indication.TOTAL_FAILED ? "failed" : "indeterminate";
  }

  private static String failure(String subIndication) {
    if (subIndication == null) {
      return "the signature does not verify";
    }
    return switch (subIndication) {
      case "HASH_FAILURE" -> "the document was changed after it was signed";
      case "SIG_CRYPTO_FAILURE" -> "the signature value does not match the signer's certificate";
      case "REVOKED" -> "the signer's certificate was revoked before the signing time";
      case "FORMAT_FAILURE" -> "the signature is malformed";
      case "NOT_YET_VALID" ->
          "the signature claims a time before the signer's certificate was valid";
      case "SIG_CONSTRAINTS_FAILURE" -> "the signature does not meet the validation policy";
      default -> words(subIndication);
    };
  }

  private static String doubt(String subIndication) {
    if (subIndication == null) {
      return "the signature could not be fully checked";
    }
    return switch (subIndication) {
      case "NO_CERTIFICATE_CHAIN_FOUND", "NO_CERTIFICATE_CHAIN_FOUND_NO_POE" ->
          "the signer's certificate does not lead to an authority this portal trusts";
      case "OUT_OF_BOUNDS_NO_POE", "OUT_OF_BOUNDS_NOT_REVOKED" ->
          "the signer's certificate had expired, and nothing proves the signature existed before";
      case "TRY_LATER", "REVOCATION_OUT_OF_BOUNDS_NO_POE" ->
          "the revocation status of the signer's certificate could not be checked";
      case "SIGNED_DATA_NOT_FOUND" ->
          "the signed data was not found (for a .p7s: add its original)";
      case "NO_SIGNING_CERTIFICATE_FOUND" -> "the signer's certificate is not in the signature";
      case "REVOKED_NO_POE", "REVOKED_CA_NO_POE" ->
          "a certificate of the chain was revoked, and nothing proves the signature is older";
      case "CRYPTO_CONSTRAINTS_FAILURE_NO_POE" ->
          "the signature uses an algorithm no longer considered secure";
      default -> words(subIndication);
    };
  }

  private static String words(String subIndication) {
    return subIndication.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
