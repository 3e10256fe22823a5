/**
 * What a verification finds, independent of the validator behind it: a {@link
 * org.paraph.verification.domain.VerificationReport} with one {@link
 * org.paraph.verification.domain.SignatureVerdict} per signature, in the terms of ETSI EN 319 102-1
 * (indication, sub-indication), and the files that cannot be verified at all.
 */
package org.paraph.verification.domain;
