/**
 * Keys in an HSM, through PKCS#11: {@link org.paraph.seals.infrastructure.keys.pkcs11.Pkcs11Pool}
 * lends out logins to a token ({@link org.paraph.seals.infrastructure.keys.pkcs11.Pkcs11Token}).
 */
package org.paraph.seals.infrastructure.keys.pkcs11;
