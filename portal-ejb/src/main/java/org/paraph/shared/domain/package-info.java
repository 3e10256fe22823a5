/**
 * Types shared by every feature: the {@link org.paraph.shared.domain.PortalException} family, and
 * the ports of what every feature may ask of the outside: which addresses it may connect to ({@link
 * org.paraph.shared.domain.OutboundPolicy}) and files that hold secrets ({@link
 * org.paraph.shared.domain.SecretFiles}), both implemented in {@code shared.infrastructure}.
 */
package org.paraph.shared.domain;
