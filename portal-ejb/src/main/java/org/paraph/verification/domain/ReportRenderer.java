package org.paraph.verification.domain;

import java.util.Locale;

/**
 * A verification report as a document a person can read, print or file. Implemented with PDFBox in
 * {@code verification.infrastructure}.
 */
public interface ReportRenderer {

  /** The report as PDF bytes, its words in {@code locale} (the reader's). */
  byte[] render(VerificationReport report, Locale locale);
}
