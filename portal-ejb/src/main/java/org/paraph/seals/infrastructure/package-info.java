/**
 * Sealing with EU DSS and PDFBox: {@link org.paraph.seals.infrastructure.PlacementResolver} turns a
 * placement request (coordinates, a keyword found by {@link
 * org.paraph.seals.infrastructure.KeywordLocator}, an existing signature field) into a concrete
 * placement; {@link org.paraph.seals.infrastructure.PadesSealer} produces PAdES baseline seals as
 * incremental updates, with an optional visible annotation drawn in a standard (non-embedded) font:
 * B-B and B-T by its fast path ({@link org.paraph.seals.infrastructure.IncrementalPadesSealer}
 * writing the update by hand, {@link org.paraph.seals.infrastructure.PdfStructureReader} reading
 * only what an invisible seal touches, {@link org.paraph.seals.infrastructure.PadesCmsSigner}
 * building the CMS), everything else by DSS's own path; {@link
 * org.paraph.seals.infrastructure.CadesSealer} produces detached CAdES baseline signatures; {@link
 * org.paraph.seals.infrastructure.Pkcs11Token} holds a login to an HSM token whose key seals
 * through PKCS#11; {@link org.paraph.seals.infrastructure.Pkcs12} reads and writes PKCS#12
 * credentials. The portal's own timestamp authority and CRLs come through the port {@link
 * org.paraph.seals.infrastructure.PortalSealingSources}, which {@code trust} implements.
 */
package org.paraph.seals.infrastructure;
