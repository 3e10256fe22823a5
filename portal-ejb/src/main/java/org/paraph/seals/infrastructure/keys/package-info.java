/**
 * The keys seals are made with: PKCS#12 files ({@link org.paraph.seals.infrastructure.keys.Pkcs12})
 * here, HSM tokens in {@code pkcs11} and remote keys in {@code csc}; {@link
 * org.paraph.seals.infrastructure.keys.KeyStoreAccess} opens all three for the application (the
 * {@link org.paraph.seals.domain.KeyStores} port).
 */
package org.paraph.seals.infrastructure.keys;
