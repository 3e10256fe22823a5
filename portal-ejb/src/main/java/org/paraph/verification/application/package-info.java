/**
 * Verifying signed documents for anyone: {@link
 * org.paraph.verification.application.VerificationService} checks a file against the portal's trust
 * anchors and records nothing, as verification is anonymous; {@link
 * org.paraph.verification.application.VerificationTrust} keeps the other anchors it trusts (the
 * operator's, and the EU trusted lists, loaded in the background and on a schedule).
 */
package org.paraph.verification.application;
