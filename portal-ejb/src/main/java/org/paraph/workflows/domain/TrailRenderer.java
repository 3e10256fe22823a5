package org.paraph.workflows.domain;

/**
 * Draws a completed workflow's {@link AuditTrail} as a PDF, which the portal then stores and seals
 * beside the documents. Implemented with PDFBox in {@code workflows.infrastructure} ({@code
 * AuditTrailPdf}).
 */
public interface TrailRenderer {

  /** The audit trail as a PDF document. */
  byte[] render(AuditTrail trail);
}
