/**
 * Remote keys of a trust service provider, through the Cloud Signature Consortium API v2: {@link
 * org.paraph.seals.infrastructure.keys.csc.CscClient} and the credential it signs with ({@link
 * org.paraph.seals.infrastructure.keys.csc.CscCredential}); a person's own credential reached with
 * their authorisation ({@link org.paraph.seals.infrastructure.keys.csc.CscPersonalCredentials}, the
 * {@link org.paraph.seals.domain.PersonalCredentials} of the application).
 */
package org.paraph.seals.infrastructure.keys.csc;
