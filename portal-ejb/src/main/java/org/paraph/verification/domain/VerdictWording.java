package org.paraph.verification.domain;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.paraph.shared.i18n.PortalTexts;

/**
 * A verdict in words a person without a course in ETSI standards understands, and how serious it is
 * (its tone, which pages and reports show as a colour). The sub-indications named here are the
 * common ones (ETSI EN 319 102-1, table 6); any other is shown by its name. The words come from the
 * core's bundle in the reader's language ({@link PortalTexts}); the methods without one write
 * English, as the pages and the API do until they pass theirs.
 */
public final class VerdictWording {

  private VerdictWording() {}

  public static String headline(SignatureVerdict verdict) {
    return headline(verdict, PortalTexts.english());
  }

  public static String headline(SignatureVerdict verdict, PortalTexts texts) {
    return switch (verdict.indication()) {
      case TOTAL_PASSED ->
          verdict.changedAfter()
              ? texts.text("verdict.valid-but-changed")
              : texts.text("verdict.valid");
      case TOTAL_FAILED -> texts.text("verdict.invalid", failure(verdict.subIndication(), texts));
      case INDETERMINATE ->
          texts.text("verdict.indeterminate", doubt(verdict.subIndication(), texts));
    };
  }

  /** The CSS tone: {@code passed}, {@code warning}, {@code indeterminate} or {@code failed}. */
  public static String tone(SignatureVerdict verdict) {
    if (verdict.indication() == Indication.TOTAL_PASSED) {
      return verdict.changedAfter() ? "warning" : "passed";
    }
    return verdict.indication() == Indication.TOTAL_FAILED ? "failed" : "indeterminate";
  }

  public static String revocation(SignatureVerdict verdict) {
    return revocation(verdict, PortalTexts.english());
  }

  /**
   * Whether the signer's certificate was checked for revocation, from where, and what stood in the
   * way; {@code null} when there is nothing to say (no certificate, or one that needs no check).
   * The problems are the validator's own words.
   */
  public static String revocation(SignatureVerdict verdict, PortalTexts texts) {
    RevocationCheck check = verdict.revocation();
    if (!check.applicable()) {
      return null;
    }
    if (check.checked()) {
      String sources =
          check.sources().stream()
              .map(source -> source(source, texts))
              .distinct()
              .collect(Collectors.joining("; "));
      if (check.problems().isEmpty()) {
        return check.revoked()
            ? texts.text("verdict.revocation.revoked", sources)
            : texts.text("verdict.revocation.checked", sources);
      }
      String problems = String.join("; ", check.problems());
      return check.revoked()
          ? texts.text("verdict.revocation.revoked-with-problems", sources, problems)
          : texts.text("verdict.revocation.checked-with-problems", sources, problems);
    }
    List<String> problems = check.problems();
    return texts.text(
        "verdict.revocation.not-checked",
        problems.isEmpty()
            ? texts.text("verdict.revocation.no-data")
            : String.join("; ", problems));
  }

  private static String source(RevocationSource source, PortalTexts texts) {
    String what = source.type().equals("OCSP") ? texts.text("verdict.source.ocsp") : source.type();
    String from =
        switch (source.origin()) {
          case FETCHED ->
              source.host() == null
                  ? texts.text("verdict.source.fetched")
                  : texts.text("verdict.source.fetched-from", source.host());
          case PORTAL -> texts.text("verdict.source.portal");
          case DOCUMENT ->
              source.host() == null
                  ? texts.text("verdict.source.document")
                  : texts.text("verdict.source.document-from", source.host());
        };
    String status =
        switch (source.status()) {
          case "GOOD" -> texts.text("verdict.status.good");
          case "REVOKED" ->
              source.revokedAt() == null
                  ? texts.text("verdict.status.revoked")
                  : texts.text("verdict.status.revoked-since", source.revokedAt());
          default -> texts.text("verdict.status.unknown");
        };
    return texts.text("verdict.source", what, from, status);
  }

  private static String failure(String subIndication, PortalTexts texts) {
    if (subIndication == null) {
      return texts.text("verdict.failure.unknown");
    }
    return switch (subIndication) {
      case "HASH_FAILURE" -> texts.text("verdict.failure.hash");
      case "SIG_CRYPTO_FAILURE" -> texts.text("verdict.failure.crypto");
      case "REVOKED" -> texts.text("verdict.failure.revoked");
      case "FORMAT_FAILURE" -> texts.text("verdict.failure.format");
      case "NOT_YET_VALID" -> texts.text("verdict.failure.not-yet-valid");
      case "SIG_CONSTRAINTS_FAILURE" -> texts.text("verdict.failure.constraints");
      default -> words(subIndication);
    };
  }

  private static String doubt(String subIndication, PortalTexts texts) {
    if (subIndication == null) {
      return texts.text("verdict.doubt.unknown");
    }
    return switch (subIndication) {
      case "NO_CERTIFICATE_CHAIN_FOUND", "NO_CERTIFICATE_CHAIN_FOUND_NO_POE" ->
          texts.text("verdict.doubt.no-chain");
      case "OUT_OF_BOUNDS_NO_POE", "OUT_OF_BOUNDS_NOT_REVOKED" ->
          texts.text("verdict.doubt.expired");
      case "TRY_LATER", "REVOCATION_OUT_OF_BOUNDS_NO_POE" -> texts.text("verdict.doubt.try-later");
      case "SIGNED_DATA_NOT_FOUND" -> texts.text("verdict.doubt.signed-data-not-found");
      case "NO_SIGNING_CERTIFICATE_FOUND" -> texts.text("verdict.doubt.no-signing-certificate");
      case "REVOKED_NO_POE", "REVOKED_CA_NO_POE" -> texts.text("verdict.doubt.chain-revoked");
      case "CRYPTO_CONSTRAINTS_FAILURE_NO_POE" -> texts.text("verdict.doubt.weak-algorithm");
      default -> words(subIndication);
    };
  }

  /** An uncommon sub-indication by its own name, in lower case: a code, in no language. */
  private static String words(String subIndication) {
    return subIndication.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
