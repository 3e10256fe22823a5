/**
 * Verification with EU DSS: {@link org.paraph.verification.infrastructure.DssVerifier} validates
 * PAdES and CAdES signatures offline against the portal's trust anchors and translates DSS's
 * reports into the portal's terms.
 */
package org.paraph.verification.infrastructure;
