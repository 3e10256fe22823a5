/**
 * Drawing text into PDFs with PDFBox, for every feature: the typefaces and their embedded font
 * subsets ({@link org.paraph.shared.infrastructure.pdf.AnnotationTypeface}, {@link
 * org.paraph.shared.infrastructure.pdf.StandardFontText}), used by the seal's annotation, and the
 * top-down report layout ({@link org.paraph.shared.infrastructure.pdf.ReportWriter}) of the
 * verification report and the workflow audit trail.
 */
package org.paraph.shared.infrastructure.pdf;
