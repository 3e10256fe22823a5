package org.paraph.web.seals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.paraph.seals.domain.CertificateReport;
import org.paraph.seals.domain.CertificateWarning;
import org.paraph.seals.domain.CredentialKind;
import org.paraph.seals.domain.RetirementReason;
import org.paraph.seals.domain.TokenUsage;
import org.paraph.web.i18n.Texts;

/**
 * What the core says about seals as codes, in the reader's words: a certificate's warnings, the
 * reasons to retire a seal, where its key is. Used by the seals' pages and the profile ({@code
 * #{sealLabels.warning(w)}}) and by the API.
 */
@Named
@ApplicationScoped
public class SealLabels {

  @Inject Texts texts;

  /**
   * A warning about a seal's certificate. Its date is written as the instant it is ({@code
   * 2026-12-27T06:54:48Z}), as the pages and the API always have.
   */
  public String warning(CertificateWarning warning) {
    String date = warning.date() == null ? "" : warning.date().toString();
    return switch (warning.kind()) {
      case SELF_SIGNED -> texts.text("certificate.warning.self-signed");
      case EXPIRED -> texts.text("certificate.warning.expired", date);
      case NOT_YET_VALID -> texts.text("certificate.warning.not-yet-valid", date);
      case EXPIRES_SOON ->
          texts.text(
              "certificate.warning.expires-soon", date, CertificateReport.EXPIRY_WARNING.toDays());
      case NO_SIGNING_KEY_USAGE -> texts.text("certificate.warning.no-signing-key-usage");
      case DOCUMENT_SIGNING_ONLY -> texts.text("certificate.warning.document-signing-only");
      case NO_DOCUMENT_SIGNING_USAGE -> texts.text("certificate.warning.no-document-signing-usage");
    };
  }

  /** A reason to retire a seal as a person choosing it reads it, with what it changes. */
  public String retirementReason(RetirementReason reason) {
    return switch (reason) {
      case KEY_COMPROMISED -> texts.text("retirement-reason.key-compromised");
      case CERTIFICATE_REPLACED -> texts.text("retirement-reason.certificate-replaced");
      case HOLDER_LEFT -> texts.text("retirement-reason.holder-left");
      case OTHER -> texts.text("retirement-reason.other");
      case NOT_STATED -> texts.text("retirement-reason.not-stated");
    };
  }

  /** Where a seal's key lives ({@code PKCS12}...); a kind this version does not know, as it is. */
  public String credentialKind(String kind) {
    return Arrays.stream(CredentialKind.values())
        .filter(known -> known.name().equals(kind))
        .findFirst()
        .map(this::credentialKind)
        .orElse(kind);
  }

  private String credentialKind(CredentialKind kind) {
    return switch (kind) {
      case PKCS12 -> texts.text("credential-kind.pkcs12");
      case PKCS11 -> texts.text("credential-kind.pkcs11");
      case CSC -> texts.text("credential-kind.csc");
    };
  }

  /** How each token of a seal's key has been used, one after the other; empty when none tells. */
  public String usage(List<TokenUsage> tokens) {
    return tokens.stream()
        .map(
            // A plural in a choice format would keep its words out of translators' sight.
            token ->
                token.logins() == 1
                    ? texts.text(
                        "admin-seals.usage.token-one-login", token.slot(), token.signatures())
                    : texts.text(
                        "admin-seals.usage.token",
                        token.slot(),
                        token.signatures(),
                        token.logins()))
        .collect(Collectors.joining(texts.text("admin-seals.usage.separator")));
  }
}
