package org.paraph.web.seals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.paraph.seals.domain.CertificateWarning;
import org.paraph.seals.domain.CertificateWarning.Kind;
import org.paraph.seals.domain.CredentialKind;
import org.paraph.seals.domain.RetirementReason;
import org.paraph.seals.domain.TokenUsage;
import org.paraph.shared.i18n.PseudoLocale;
import org.paraph.web.i18n.FixedLocaleTexts;

/** The core's codes about seals in words: in English as the pages always said them. */
class SealLabelsTest {

  private static final Instant END = Instant.parse("2026-12-27T06:54:48Z");

  @Test
  void certificateWarningsInEnglish() {
    SealLabels labels = labels(Locale.ENGLISH);

    assertEquals(
        "Expires on 2026-12-27T06:54:48Z, within 30 days: renew it",
        labels.warning(new CertificateWarning(Kind.EXPIRES_SOON, END)));
    assertEquals(
        "Expired on 2026-12-27T06:54:48Z: it can no longer seal",
        labels.warning(new CertificateWarning(Kind.EXPIRED, END)));
    assertEquals(
        "Not valid before 2026-12-27T06:54:48Z",
        labels.warning(new CertificateWarning(Kind.NOT_YET_VALID, END)));
    assertEquals(
        "Self-signed: verifiers trust its seals only if they trust this very certificate",
        labels.warning(new CertificateWarning(Kind.SELF_SIGNED, null)));
    assertEquals(
        "Its key usage allows neither digitalSignature nor nonRepudiation: verifiers refuse its"
            + " seals",
        labels.warning(new CertificateWarning(Kind.NO_SIGNING_KEY_USAGE, null)));
    assertEquals(
        "Its extended key usage is documentSigning only: some verifiers (NSS, pdfsig) refuse it",
        labels.warning(new CertificateWarning(Kind.DOCUMENT_SIGNING_ONLY, null)));
    assertEquals(
        "Its extended key usage does not cover document signing: verifiers may refuse its seals",
        labels.warning(new CertificateWarning(Kind.NO_DOCUMENT_SIGNING_USAGE, null)));
  }

  @Test
  void tokenUsageAsThePageAlwaysSaidItAndFromTheBundle() {
    List<TokenUsage> tokens = List.of(new TokenUsage(1234, 1500, 1), new TokenUsage(7, 0, 3));

    assertEquals(
        "slot 1234: 1,500 signatures, 1 login; slot 7: 0 signatures, 3 logins",
        labels(Locale.ENGLISH).usage(tokens));
    assertEquals("", labels(Locale.ENGLISH).usage(List.of()));
    String pseudo = labels(PseudoLocale.LOCALE).usage(tokens);
    assertTrue(pseudo.startsWith("[šľöţ 1234: 1,500 šîĝñàţûŕéš, 1 ľöĝîñ]"), pseudo);
  }

  @Test
  void retirementReasonsAndKeyKindsInEnglish() {
    SealLabels labels = labels(Locale.ENGLISH);

    assertEquals(
        "Its key is compromised (someone else may hold it): from now on, only what a timestamp"
            + " proves was sealed earlier still verifies",
        labels.retirementReason(RetirementReason.KEY_COMPROMISED));
    assertEquals("Another reason", labels.retirementReason(RetirementReason.OTHER));
    assertEquals("PKCS12", labels.credentialKind("PKCS12"));
    assertEquals("PKCS11", labels.credentialKind("PKCS11"));
    assertEquals("HSM2", labels.credentialKind("HSM2"), "a kind of a later version, as it is");
  }

  @Test
  void everyOneOfThemFromTheBundle() {
    SealLabels labels = labels(PseudoLocale.LOCALE);

    for (Kind kind : Kind.values()) {
      assertBracketed(labels.warning(new CertificateWarning(kind, END)));
    }
    for (RetirementReason reason : RetirementReason.values()) {
      assertBracketed(labels.retirementReason(reason));
    }
    Arrays.stream(CredentialKind.values())
        .forEach(kind -> assertBracketed(labels.credentialKind(kind.name())));
  }

  private static void assertBracketed(String text) {
    assertTrue(text.startsWith("[") && text.endsWith("]"), text);
  }

  private static SealLabels labels(Locale locale) {
    SealLabels labels = new SealLabels();
    labels.texts = FixedLocaleTexts.in(locale);
    return labels;
  }
}
