/**
 * The keys seals are made with: PKCS#12 files ({@link org.paraph.seals.infrastructure.keys.Pkcs12})
 * here, HSM tokens in {@code pkcs11} and remote keys in {@code csc}.
 */
package org.paraph.seals.infrastructure.keys;
