package org.paraph.verification.domain;

/**
 * A verification report as a document a person can read, print or file. Implemented with PDFBox in
 * {@code verification.infrastructure}.
 */
public interface ReportRenderer {

  /** The report as PDF bytes. */
  byte[] render(VerificationReport report);
}
