package org.paraph.verification.domain;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A verdict in words a person without a course in ETSI standards understands, and how serious it is
 * (its tone, which pages and reports show as a colour). The sub-indications named here are the
 * common ones (ETSI EN 319 102-1, table 6); any other is shown by its name.
 */
public final class VerdictWording {

  /** The way the reports write times, in UTC. */
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

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

  /**
   * Whether the signer's certificate was checked for revocation, from where, and what stood in the
   * way; {@code null} when there is nothing to say (no certificate, or one that needs no check).
   */
  public static String revocation(SignatureVerdict verdict) {
    RevocationCheck check = verdict.revocation();
    if (!check.applicable()) {
      return null;
    }
    if (check.checked()) {
      String sources =
          check.sources().stream()
              .map(VerdictWording::source)
              .distinct()
              .collect(Collectors.joining("; "));
      String problems =
          check.problems().isEmpty()
              ? ""
              : " (could not be used: " + String.join("; ", check.problems()) + ")";
      return (check.revoked() ? "Revoked certificate: " : "Revocation checked: ")
          + sources
          + problems;
    }
    List<String> problems = check.problems();
    return "Revocation not checked: "
        + (problems.isEmpty()
            ? "no usable revocation data was found for the signer's certificate"
            : String.join("; ", problems));
  }

  private static String source(RevocationSource source) {
    String what = source.type().equals("OCSP") ? "OCSP answer" : source.type();
    String from =
        switch (source.origin()) {
          case FETCHED ->
              " fetched from " + (source.host() == null ? "its address" : source.host());
          case PORTAL -> " issued by this portal";
          case DOCUMENT ->
              " carried in the document"
                  + (source.host() == null ? "" : " (from " + source.host() + ")");
        };
    String status =
        switch (source.status()) {
          case "GOOD" -> "not revoked";
          case "REVOKED" ->
              "REVOKED"
                  + (source.revokedAt() == null
                      ? ""
                      : " since " + TIME.format(source.revokedAt()) + " UTC");
          default -> "status unknown to the issuer";
        };
    return what + from + ": " + status;
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
