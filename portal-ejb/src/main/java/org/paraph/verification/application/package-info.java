/**
 * Verifying signed documents for anyone: {@link
 * org.paraph.verification.application.VerificationService} checks a file against the portal's trust
 * anchors and records nothing, as verification is anonymous.
 */
package org.paraph.verification.application;
