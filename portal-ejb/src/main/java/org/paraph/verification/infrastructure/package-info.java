/**
 * Verification with EU DSS: {@link org.paraph.verification.infrastructure.DssVerifier} validates
 * PAdES and CAdES signatures against the portal's trust anchors, and {@link
 * org.paraph.verification.infrastructure.DssReportTranslator} translates DSS's reports into the
 * portal's terms; {@link org.paraph.verification.infrastructure.ValidationDataFetcher} fetches the
 * OCSP answers, CRLs and issuer certificates the signatures name, within the outbound address
 * rules, timeouts, a size limit and a short cache; {@link
 * org.paraph.verification.infrastructure.EuTrustedLists} loads the EU trusted lists (DSS {@code
 * TLValidationJob}) whose certificates it trusts as well. The domain's ports are implemented here:
 * {@link org.paraph.verification.infrastructure.DssSignatureValidator}, {@link
 * org.paraph.verification.infrastructure.VerificationReportPdf}, {@link
 * org.paraph.verification.infrastructure.CurrentTrustedLists} and {@link
 * org.paraph.verification.infrastructure.CertificateFileAccess}.
 */
package org.paraph.verification.infrastructure;
