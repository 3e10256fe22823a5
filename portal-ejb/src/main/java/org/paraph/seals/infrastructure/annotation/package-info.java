/**
 * A visible seal's appearance: its layout ({@link
 * org.paraph.seals.infrastructure.annotation.SealAnnotationLayout}), its painting on both sealing
 * paths and in the administrators' preview ({@link
 * org.paraph.seals.infrastructure.annotation.SealAppearancePainter}, {@link
 * org.paraph.seals.infrastructure.annotation.AnnotationPreview}), and what a PDF/A document allows
 * it ({@link org.paraph.seals.infrastructure.annotation.ArchivalClaim}).
 */
package org.paraph.seals.infrastructure.annotation;
