/**
 * Keys, certificates and trust services, with BouncyCastle and DSS: reading and writing PKCS#12
 * credentials ({@link org.paraph.trust.infrastructure.Pkcs12}), the demo PKI a fresh installation
 * seals with ({@link org.paraph.trust.infrastructure.DemoPkiGenerator}, {@link
 * org.paraph.trust.infrastructure.DemoCrlIssuer}, {@link
 * org.paraph.trust.infrastructure.DemoTimestampAuthority}) and the DSS sources that reach them
 * in-process ({@link org.paraph.trust.infrastructure.DemoTspSource}, {@link
 * org.paraph.trust.infrastructure.LocalCrlSource}), and the certificate files an operator
 * configures ({@link org.paraph.trust.infrastructure.CertificateFiles}). Nothing here is a
 * qualified trust service.
 */
package org.paraph.trust.infrastructure;
