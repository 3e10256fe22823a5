package org.paraph.seals.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * Something about a seal's certificate that makes verifiers refuse or doubt the seals it makes, as
 * a kind and the date it names, if any: the pages and the API say it in the reader's language.
 *
 * @param date the certificate's end of validity ({@link Kind#EXPIRED}, {@link Kind#EXPIRES_SOON})
 *     or start ({@link Kind#NOT_YET_VALID}); null for the other kinds
 */
public record CertificateWarning(Kind kind, Instant date) {

  public enum Kind {
    /** Verifiers trust its seals only if they trust this very certificate. */
    SELF_SIGNED,
    /** It can no longer seal. */
    EXPIRED,
    /** Its validity has not started. */
    NOT_YET_VALID,
    /** It ends within {@link CertificateReport#EXPIRY_WARNING}: renew it. */
    EXPIRES_SOON,
    /** Its key usage allows neither digitalSignature nor nonRepudiation: verifiers refuse it. */
    NO_SIGNING_KEY_USAGE,
    /** Its extended key usage is documentSigning only: some verifiers (NSS, pdfsig) refuse it. */
    DOCUMENT_SIGNING_ONLY,
    /** Its extended key usage does not cover document signing: verifiers may refuse its seals. */
    NO_DOCUMENT_SIGNING_USAGE
  }

  public CertificateWarning {
    Objects.requireNonNull(kind, "kind");
  }

  static CertificateWarning of(Kind kind) {
    return new CertificateWarning(kind, null);
  }
}
