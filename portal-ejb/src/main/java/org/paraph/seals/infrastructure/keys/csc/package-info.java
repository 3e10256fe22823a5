/**
 * Remote keys of a trust service provider, through the Cloud Signature Consortium API v2: {@link
 * org.paraph.seals.infrastructure.keys.csc.CscClient} and the credential it signs with ({@link
 * org.paraph.seals.infrastructure.keys.csc.CscCredential}).
 */
package org.paraph.seals.infrastructure.keys.csc;
