/**
 * Adapters every feature relies on: files only the portal's account may read ({@link
 * org.paraph.shared.infrastructure.OwnerOnlyFiles}, the {@link
 * org.paraph.shared.domain.SecretFiles} of the application through {@link
 * org.paraph.shared.infrastructure.OwnerOnlySecretFiles}), and the rules ({@link
 * org.paraph.shared.infrastructure.OutboundGuard}, the {@link
 * org.paraph.shared.domain.OutboundPolicy}) and HTTP clients for connecting to addresses a client
 * of the portal chose. PDF text drawing lives in {@code pdf}; the schema migrations, which know
 * every feature's migrations, in {@code org.paraph.bootstrap}.
 */
package org.paraph.shared.infrastructure;
