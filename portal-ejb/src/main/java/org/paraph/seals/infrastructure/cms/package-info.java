/**
 * The CMS inside a PAdES seal: {@link org.paraph.seals.infrastructure.cms.PadesCmsSigner} builds it
 * from parts computed once per key (kept by {@link
 * org.paraph.seals.infrastructure.cms.CmsSigners}), and {@link
 * org.paraph.seals.infrastructure.cms.ContentsSizeEstimator} reserves its room in the PDF.
 */
package org.paraph.seals.infrastructure.cms;
