package org.paraph.verification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.paraph.shared.i18n.PortalTexts;
import org.paraph.shared.i18n.PseudoLocale;
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
 * report is the record a machine reads. In English it is drawn in standard fonts, so it needs no
 * font files; in another language (the reader's), letters those fonts lack are drawn in embedded
 * font subsets. The validator's own errors and warnings are shown as it wrote them.
 */
@ApplicationScoped
public class VerificationReportPdf implements ReportRenderer {

  private static final PDType1Font REGULAR = ReportWriter.REGULAR;
  private static final PDType1Font BOLD = ReportWriter.BOLD;
  private static final PDType1Font MONO = ReportWriter.MONO;

  private static final Color GREEN = new Color(4, 120, 87);
  private static final Color RED = new Color(185, 28, 28);
  private static final Color ORANGE = new Color(194, 65, 12);
  private static final Color GREY = ReportWriter.GREY;

  @Override
  public byte[] render(VerificationReport report, Locale locale) {
    PortalTexts texts = PortalTexts.of(locale);
    try (PDDocument document = new PDDocument()) {
      PDDocumentInformation information = document.getDocumentInformation();
      information.setTitle(
          texts.text("report.document-title", StandardFontText.drawable(report.fileName())));
      information.setProducer("Paraph");
      try (ReportWriter writer = writer(document, locale)) {
        write(report, texts, writer);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The verification report could not be drawn", e);
    }
  }

  /** English as before, in the standard fonts only; other languages may need other letters. */
  private static ReportWriter writer(PDDocument document, Locale locale) throws IOException {
    boolean english =
        locale.getLanguage().equals(PortalTexts.DEFAULT.getLanguage()) && !PseudoLocale.is(locale);
    return english ? new ReportWriter(document) : ReportWriter.withUnicodeFonts(document);
  }

  private static void write(VerificationReport report, PortalTexts texts, ReportWriter writer)
      throws IOException {
    writer.line(texts.text("report.heading"), BOLD, 18, Color.BLACK);
    writer.space(6);
    writer.fact(texts.text("report.file"), report.fileName(), REGULAR);
    // 64 hex digits fit on one line in 8 points, where a digest split in two is hard to compare.
    writer.fact(texts.text("report.sha256"), report.sha256(), MONO, 8);
    writer.fact(texts.text("report.validated-at"), time(texts, report.validationTime()), REGULAR);
    writer.fact(texts.text("report.trust-anchors"), report.trustedLists().summary(texts), REGULAR);
    writer.fact(
        texts.text("report.signatures"),
        texts.text("report.signature-count", report.signatures().size()),
        REGULAR);
    writer.space(10);
    if (report.signatures().isEmpty()) {
      writer.line(texts.text("report.no-signature"), BOLD, 13, GREY);
    }
    int number = 1;
    for (SignatureVerdict verdict : report.signatures()) {
      writer.line(
          texts.text("report.signature-number", number++, report.signatures().size()),
          BOLD,
          11,
          Color.BLACK);
      writer.paragraph(VerdictWording.headline(verdict, texts), BOLD, 13, colour(verdict));
      if (verdict.test()) {
        writer.paragraph(texts.text("report.test-seal"), BOLD, 10, ORANGE);
      }
      writer.fact(texts.text("report.signer"), orUnknown(texts, verdict.signerName()), REGULAR);
      writer.fact(texts.text("report.signing-time"), time(texts, verdict.signingTime()), REGULAR);
      if (verdict.level() != null && !verdict.level().endsWith("-B")) {
        writer.fact(
            texts.text("report.time-proven"), time(texts, verdict.bestSignatureTime()), REGULAR);
      }
      writer.fact(texts.text("report.level"), orUnknown(texts, verdict.level()), REGULAR);
      if (verdict.trustedList() != null) {
        writer.fact(
            texts.text("report.trusted-through"),
            texts.text("report.trusted-list", verdict.trustedList()),
            REGULAR);
      }
      String revocation = VerdictWording.revocation(verdict, texts);
      if (revocation != null) {
        writer.paragraph(
            revocation, REGULAR, 10, verdict.revocation().revoked() ? RED : Color.BLACK);
      }
      writer.fact(
          texts.text("report.covers-whole-file"),
          yesOrNo(texts, verdict.coversWholeDocument()),
          REGULAR);
      writer.fact(
          texts.text("report.changed-after"), yesOrNo(texts, verdict.changedAfter()), REGULAR);
      // ETSI's indication and sub-indication, as codes a reader can look up.
      writer.fact(
          texts.text("report.result"),
          verdict.indication()
              + (verdict.subIndication() == null ? "" : " / " + verdict.subIndication()),
          REGULAR);
      for (String error : verdict.errors()) {
        writer.fact(texts.text("report.error"), error, REGULAR);
      }
      for (String warning : verdict.warnings()) {
        writer.fact(texts.text("report.warning"), warning, REGULAR);
      }
      writer.space(10);
    }
    for (DocumentTimestamp timestamp : report.documentTimestamps()) {
      String at = time(texts, timestamp.productionTime());
      writer.fact(
          texts.text("report.document-timestamp"),
          timestamp.producedBy() == null
              ? texts.text("report.timestamp", at, timestamp.indication())
              : texts.text(
                  "report.timestamp-by", at, timestamp.producedBy(), timestamp.indication()),
          REGULAR);
    }
    writer.space(10);
    writer.paragraph(texts.text("report.footer"), REGULAR, 8, GREY);
  }

  private static Color colour(SignatureVerdict verdict) {
    return switch (VerdictWording.tone(verdict)) {
      case "passed" -> GREEN;
      case "failed" -> RED;
      default -> ORANGE;
    };
  }

  private static String time(PortalTexts texts, Instant instant) {
    return instant == null ? texts.text("report.time-none") : texts.text("report.time", instant);
  }

  private static String orUnknown(PortalTexts texts, String value) {
    return value == null ? texts.text("report.unknown") : value;
  }

  private static String yesOrNo(PortalTexts texts, boolean yes) {
    return yes ? texts.text("report.yes") : texts.text("report.no");
  }
}
