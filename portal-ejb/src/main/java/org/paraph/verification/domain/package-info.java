/**
 * What a verification finds, independent of the validator behind it: a {@link
 * org.paraph.verification.domain.VerificationReport} with one {@link
 * org.paraph.verification.domain.SignatureVerdict} per signature, in the terms of ETSI EN 319 102-1
 * (indication, sub-indication), and the files that cannot be verified at all; the ports the
 * application verifies through: {@link org.paraph.verification.domain.SignatureValidator}, {@link
 * org.paraph.verification.domain.ReportRenderer}, {@link
 * org.paraph.verification.domain.TrustedLists} and {@link
 * org.paraph.verification.domain.CertificateFileReader}.
 */
package org.paraph.verification.domain;
