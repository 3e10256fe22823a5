/**
 * Keys, certificates and trust services, with BouncyCastle and DSS: the demo PKI a fresh
 * installation seals with ({@link org.paraph.trust.infrastructure.DemoPkiGenerator}, {@link
 * org.paraph.trust.infrastructure.DemoCrlIssuer}, {@link
 * org.paraph.trust.infrastructure.DemoTimestampAuthority} made by {@link
 * org.paraph.trust.infrastructure.DemoTimestampResponders}: the ports of {@code trust.domain}), the
 * DSS sources that reach them in-process ({@link org.paraph.trust.infrastructure.DemoTspSource},
 * {@link org.paraph.trust.infrastructure.LocalCrlSource}) and hand them to the sealers ({@link
 * org.paraph.trust.infrastructure.TrustSealingSources}, implementing the port {@link
 * org.paraph.seals.infrastructure.PortalSealingSources}), and the certificate files an operator
 * configures ({@link org.paraph.trust.infrastructure.CertificateFiles}). Nothing here is a
 * qualified trust service. {@code trust} depends on {@code seals}, never the other way round.
 */
package org.paraph.trust.infrastructure;
