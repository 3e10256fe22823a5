package org.paraph.verification.infrastructure;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.paraph.seals.infrastructure.StandardFontText;
import org.paraph.verification.domain.DocumentTimestamp;
import org.paraph.verification.domain.SignatureVerdict;
import org.paraph.verification.domain.VerdictWording;
import org.paraph.verification.domain.VerificationReport;

/**
 * A verification report as a PDF a person can read, print or file: the file's name and digest, then
 * each signature's verdict in words with the facts behind it. Informative only: the ETSI validation
 * report is the record a machine reads. Drawn in standard fonts, so it needs no font files.
 */
public final class VerificationReportPdf {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
  private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private static final PDType1Font MONO = new PDType1Font(Standard14Fonts.FontName.COURIER);
  private static final float MARGIN = 56;
  private static final float LABEL_WIDTH = 150;

  private static final Color GREEN = new Color(4, 120, 87);
  private static final Color RED = new Color(185, 28, 28);
  private static final Color ORANGE = new Color(194, 65, 12);
  private static final Color GREY = new Color(85, 85, 85);

  public byte[] render(VerificationReport report) {
    try (PDDocument document = new PDDocument()) {
      PDDocumentInformation information = document.getDocumentInformation();
      information.setTitle("Verification report: " + StandardFontText.drawable(report.fileName()));
      information.setProducer("Paraph");
      try (Writer writer = new Writer(document)) {
        write(report, writer);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The verification report could not be drawn", e);
    }
  }

  private static void write(VerificationReport report, Writer writer) throws IOException {
    writer.line("Verification report", BOLD, 18, Color.BLACK);
    writer.space(6);
    writer.fact("File", report.fileName(), REGULAR);
    // 64 hex digits fit on one line in 8 points, where a digest split in two is hard to compare.
    writer.fact("SHA-256", report.sha256(), MONO, 8);
    writer.fact("Validated at", time(report.validationTime()), REGULAR);
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
            + " trusting the authorities this portal publishes. This report is informative; the"
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

  /** Writes lines top-down, wrapping long text and starting a new page when one is full. */
  private static final class Writer implements AutoCloseable {

    private final PDDocument document;
    private PDPageContentStream content;
    private float y;

    Writer(PDDocument document) throws IOException {
      this.document = document;
      newPage();
    }

    void line(String text, PDType1Font font, float size, Color colour) throws IOException {
      show(MARGIN, StandardFontText.drawable(text), font, size, colour);
    }

    void paragraph(String text, PDType1Font font, float size, Color colour) throws IOException {
      for (String line : wrap(StandardFontText.drawable(text), font, size, width())) {
        show(MARGIN, line, font, size, colour);
      }
    }

    void fact(String label, String value, PDType1Font font) throws IOException {
      fact(label, value, font, 10);
    }

    /** A label on the left, its value wrapped in the column beside it, on a common baseline. */
    void fact(String label, String value, PDType1Font font, float size) throws IOException {
      List<String> lines =
          wrap(StandardFontText.drawable(value), font, size, width() - LABEL_WIDTH);
      for (int i = 0; i < lines.size(); i++) {
        newPageIfFull(10);
        float baseline = y - 10;
        if (i == 0) {
          textAt(MARGIN, baseline, label, REGULAR, 10, GREY);
        }
        textAt(MARGIN + LABEL_WIDTH, baseline, lines.get(i), font, size, Color.BLACK);
        y -= 10 * 1.4f;
      }
    }

    void space(float points) {
      y -= points;
    }

    private void show(float x, String text, PDType1Font font, float size, Color colour)
        throws IOException {
      newPageIfFull(size);
      textAt(x, y - size, text, font, size, colour);
      y -= size * 1.4f;
    }

    private void textAt(
        float x, float baseline, String text, PDType1Font font, float size, Color colour)
        throws IOException {
      content.beginText();
      content.setFont(font, size);
      content.setNonStrokingColor(colour);
      content.newLineAtOffset(x, baseline);
      content.showText(text);
      content.endText();
    }

    private void newPageIfFull(float size) throws IOException {
      if (y - size * 1.4f < MARGIN) {
        newPage();
      }
    }

    private void newPage() throws IOException {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      y = page.getMediaBox().getHeight() - MARGIN;
    }

    private static float width() {
      return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    /** Breaks at spaces; a word longer than the line (a digest) is broken where it must be. */
    private static List<String> wrap(String text, PDType1Font font, float size, float width)
        throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : text.split(" ")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (widthOf(candidate, font, size) <= width) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
        if (!line.isEmpty()) {
          lines.add(line.toString());
          line.setLength(0);
        }
        String rest = word;
        while (widthOf(rest, font, size) > width) {
          int fits = rest.length() - 1;
          while (fits > 1 && widthOf(rest.substring(0, fits), font, size) > width) {
            fits--;
          }
          lines.add(rest.substring(0, fits));
          rest = rest.substring(fits);
        }
        line.append(rest);
      }
      lines.add(line.toString());
      return lines;
    }

    private static float widthOf(String text, PDType1Font font, float size) throws IOException {
      return font.getStringWidth(text) / 1000 * size;
    }

    @Override
    public void close() throws IOException {
      content.close();
    }
  }
}
