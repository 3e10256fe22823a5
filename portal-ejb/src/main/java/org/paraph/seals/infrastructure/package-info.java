/**
 * What the sealing engine's sub-packages share: the port {@link
 * org.paraph.seals.infrastructure.PortalSealingSources}, which {@code trust} implements to give the
 * portal's own timestamp authority ({@link org.paraph.seals.infrastructure.CertifiedTspSource}) and
 * long-term validation data ({@link org.paraph.seals.infrastructure.LongTermValidationSources},
 * with others' CRLs fetched by {@link org.paraph.seals.infrastructure.RemoteCrls}), and {@link
 * org.paraph.seals.infrastructure.Failures}, which turns DSS's wrapped exceptions back into the
 * portal's. The engine itself is in {@code sealing}, the fast path's PDF writing in {@code pdf},
 * the CMS in {@code cms}, the visible annotation in {@code annotation}, placement in {@code
 * placement}, timestamp sources in {@code tsa}, keys in {@code keys}, and the repositories in
 * {@code jpa}.
 */
package org.paraph.seals.infrastructure;
