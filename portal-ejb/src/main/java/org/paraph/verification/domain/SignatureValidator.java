package org.paraph.verification.domain;

import org.paraph.documents.domain.PdfTooComplexException;

/**
 * Validates every signature of a signed PDF, or of a CMS signature (.p7s) with its original,
 * against the given trust material (and whatever else the validator trusts: the EU trusted lists,
 * the revocation data it fetches). Implemented with EU DSS in {@code verification.infrastructure}.
 */
public interface SignatureValidator {

  /**
   * The verdict on each signature of a file.
   *
   * @param fileName the file's name, for the report
   * @param file a PDF or a CMS signature
   * @param detachedOriginal the signed document of a detached CMS signature, else {@code null}
   * @param password the password of an encrypted PDF, else {@code null}
   * @throws UnverifiableDocumentException when the file is neither a PDF nor a CMS signature, a
   *     detached signature comes without its original, an encrypted PDF without its password, or
   *     the file cannot be read
   * @throws PdfTooComplexException when a PDF's content decodes past the limits
   */
  VerificationReport validate(
      String fileName, byte[] file, byte[] detachedOriginal, String password, TrustMaterial trust);

  /**
   * The ETSI TS 119 102-2 validation report of a file, as XML: what a relying party's own tools can
   * read. Same parameters and failures as {@link #validate}.
   */
  String etsiValidationReport(
      String fileName, byte[] file, byte[] detachedOriginal, String password, TrustMaterial trust);
}
