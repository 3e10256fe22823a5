package org.paraph.verification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.paraph.shared.infrastructure.pdf.ReportWriter;
import org.paraph.shared.infrastructure.pdf.StandardFontText;
import org.paraph.verification.domain.DocumentTimestamp;
import org.paraph.verification.domain.ReportRenderer;
import org.paraph.verification.domain.SignatureVerdict;
import org.paraph.verification.domain.VerdictWording;
import org.paraph.verification.domain.VerificationReport;

/**
 * A verification report as a PDF a person can read, print or file: the file's name and digest, then
 * each signature's verdict in words with the facts behind it. Informative only: the ETSI validation
 * report is the record a machine reads. Drawn in standard fonts, so it needs no font files.
 */
@ApplicationScoped
public class VerificationReportPdf implements ReportRenderer {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
  private static final PDType1Font REGULAR = ReportWriter.REGULAR;
  private static final PDType1Font BOLD = ReportWriter.BOLD;
  private static final PDType1Font MONO = ReportWriter.MONO;

  private static final Color GREEN = new Color(4, 120, 87);
  private static final Color RED = new Color(185, 28, 28);
  private static final Color ORANGE = new Color(194, 65, 12);
  private static final Color GREY = ReportWriter.GREY;

  @Override
  public byte[] render(VerificationReport report) {
    try (PDDocument document = new PDDocument()) {
      PDDocumentInformation information = document.getDocumentInformation();
      information.setTitle("Verification report: " + StandardFontText.drawable(report.fileName()));
      information.setProducer("Paraph");
      try (ReportWriter writer = new ReportWriter(document)) {
        write(report, writer);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The verification report could not be drawn", e);
    }
  }

  private static void write(VerificationReport report, ReportWriter writer) throws IOException {
    writer.line("Verification report", BOLD, 18, Color.BLACK);
    writer.space(6);
    writer.fact("File", report.fileName(), REGULAR);
    // 64 hex digits fit on one line in 8 points, where a digest split in two is hard to compare.
    writer.fact("SHA-256", report.sha256(), MONO, 8);
    writer.fact("Validated at", time(report.validationTime()), REGULAR);
    writer.fact("Trust anchors", report.trustedLists().summary(), REGULAR);
    writer.fact("Signatures", String.valueOf(report.signatures().size()), REGULAR);
    writer.space(10);
    if (report.signatures().isEmpty()) {
      writer.line("This document has no signature.", BOLD, 13, GREY);
    }
    int number = 1;
    for (SignatureVerdict verdict : report.signatures()) {
      writer.line(
          "Signature " + number++ + " of " + report.signatures().size(), BOLD, 11, Color.BLACK);
      writer.paragraph(VerdictWording.headline(verdict), BOLD, 13, colour(verdict));
      if (verdict.test()) {
        writer.paragraph(
            "TEST seal: made with a test credential of the portal; it proves nothing to anyone"
                + " else.",
            BOLD,
            10,
            ORANGE);
      }
      writer.fact("Signer", orUnknown(verdict.signerName()), REGULAR);
      writer.fact("Signing time (claimed)", time(verdict.signingTime()), REGULAR);
      if (verdict.level() != null && !verdict.level().endsWith("-B")) {
        writer.fact("Time proven", time(verdict.bestSignatureTime()), REGULAR);
      }
      writer.fact("Level", orUnknown(verdict.level()), REGULAR);
      if (verdict.trustedList() != null) {
        writer.fact("Trusted through", "EU trusted list " + verdict.trustedList(), REGULAR);
      }
      String revocation = VerdictWording.revocation(verdict);
      if (revocation != null) {
        writer.paragraph(
            revocation, REGULAR, 10, verdict.revocation().revoked() ? RED : Color.BLACK);
      }
      writer.fact("Covers the whole file", verdict.coversWholeDocument() ? "yes" : "no", REGULAR);
      writer.fact("Content changed after", verdict.changedAfter() ? "yes" : "no", REGULAR);
      writer.fact(
          "Result",
          verdict.indication()
              + (verdict.subIndication() == null ? "" : " / " + verdict.subIndication()),
          REGULAR);
      for (String error : verdict.errors()) {
        writer.fact("Error", error, REGULAR);
      }
      for (String warning : verdict.warnings()) {
        writer.fact("Warning", warning, REGULAR);
      }
      writer.space(10);
    }
    for (DocumentTimestamp timestamp : report.documentTimestamps()) {
      writer.fact(
          "Document timestamp",
          time(timestamp.productionTime())
              + (timestamp.producedBy() == null ? "" : " by " + timestamp.producedBy())
              + ": "
              + timestamp.indication(),
          REGULAR);
    }
    writer.space(10);
    writer.paragraph(
        "Validated with the EU DSS library and its default validation policy (ETSI EN 319 102-1),"
            + " trusting the authorities this portal publishes, those its operator added and, when"
            + " they were used (see above), the EU trusted lists. This report is informative; the"
            + " ETSI validation report (the same request with Accept: application/xml) is the"
            + " machine-readable record.",
        REGULAR,
        8,
        GREY);
  }

  private static Color colour(SignatureVerdict verdict) {
    return switch (VerdictWording.tone(verdict)) {
      case "passed" -> GREEN;
      case "failed" -> RED;
      default -> ORANGE;
    };
  }

  private static String time(Instant instant) {
    return instant == null ? "none" : TIME.format(instant);
  }

  private static String orUnknown(String value) {
    return value == null ? "unknown" : value;
  }
}
