/**
 * The portal's own trust setup: the authorities behind its test seals and timestamps, and the ports
 * that issue their certificates and CRLs and answer timestamp requests ({@link
 * org.paraph.trust.domain.CertificateIssuer}, {@link org.paraph.trust.domain.CrlIssuer}, {@link
 * org.paraph.trust.domain.TimestampResponders} and the {@link
 * org.paraph.trust.domain.TimestampResponder} they make), implemented in {@code
 * trust.infrastructure}.
 */
package org.paraph.trust.domain;
