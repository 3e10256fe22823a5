package org.paraph.workflows.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.paraph.audit.application.CodedDetails;
import org.paraph.shared.i18n.PortalTexts;
import org.paraph.shared.infrastructure.pdf.ReportWriter;
import org.paraph.workflows.domain.AuditTrail;
import org.paraph.workflows.domain.TrailRenderer;

/**
 * A workflow's audit trail as a PDF a court clerk can read: the workflow, each participant and how
 * their identity was confirmed, each document's SHA-256 before and after, then every event. The
 * portal seals it, so a change to it shows. Names and details in any script are drawn in embedded
 * font subsets: a participant must find their own name, not question marks. The words are those of
 * the trail's language ({@link AuditTrail#locale}), and so are the events' details recorded as a
 * code and its parameters ({@link CodedDetails}); the sentences of events recorded before are drawn
 * as they were recorded, in the hash chain.
 */
@ApplicationScoped
public class AuditTrailPdf implements TrailRenderer {

  @Override
  public byte[] render(AuditTrail trail) {
    PortalTexts texts = PortalTexts.of(trail.locale());
    try (PDDocument document = new PDDocument()) {
      PDDocumentInformation information = document.getDocumentInformation();
      information.setTitle(texts.text("trail.document-title", trail.workflowId()));
      information.setProducer("Paraph");
      try (ReportWriter writer = ReportWriter.withUnicodeFonts(document)) {
        write(trail, texts, writer);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The audit trail could not be drawn", e);
    }
  }

  private static void write(AuditTrail trail, PortalTexts texts, ReportWriter writer)
      throws IOException {
    writer.line(texts.text("trail.heading"), ReportWriter.BOLD, 18, Color.BLACK);
    writer.space(6);
    writer.fact(texts.text("trail.workflow"), trail.name(), ReportWriter.REGULAR);
    writer.fact(texts.text("trail.workflow-id"), trail.workflowId(), ReportWriter.MONO, 9);
    writer.fact(texts.text("trail.sender"), trail.sender(), ReportWriter.REGULAR);
    writer.fact(texts.text("trail.created"), time(texts, trail.createdAt()), ReportWriter.REGULAR);
    writer.fact(texts.text("trail.sent"), time(texts, trail.sentAt()), ReportWriter.REGULAR);
    writer.fact(texts.text("trail.expires"), time(texts, trail.expiresAt()), ReportWriter.REGULAR);
    writer.fact(
        texts.text("trail.completed"), time(texts, trail.completedAt()), ReportWriter.REGULAR);
    writer.space(10);

    writer.line(texts.text("trail.participants"), ReportWriter.BOLD, 13, Color.BLACK);
    for (AuditTrail.ParticipantRecord p : trail.participants()) {
      writer.space(4);
      writer.line(p.name(), ReportWriter.BOLD, 11, Color.BLACK);
      writer.fact(texts.text("trail.action"), p.action(), ReportWriter.REGULAR);
      if (p.portalUser() != null) {
        writer.fact(texts.text("trail.portal-user"), p.portalUser(), ReportWriter.REGULAR);
      }
      writer.fact(texts.text("trail.email"), orNone(texts, p.email()), ReportWriter.REGULAR);
      writer.fact(texts.text("trail.mobile"), orNone(texts, p.mobile()), ReportWriter.REGULAR);
      writer.fact(texts.text("trail.authentication"), p.authentication(), ReportWriter.REGULAR);
      writer.fact(texts.text("trail.invited"), time(texts, p.invitedAt()), ReportWriter.REGULAR);
      writer.fact(texts.text("trail.otp-sent"), time(texts, p.otpSentAt()), ReportWriter.REGULAR);
      writer.fact(
          texts.text("trail.otp-verified"), time(texts, p.otpVerifiedAt()), ReportWriter.REGULAR);
      writer.fact(
          texts.text("trail.acted"),
          texts.text("trail.acted-value", time(texts, p.actedAt()), p.state()),
          ReportWriter.REGULAR);
      writer.fact(
          texts.text("trail.ip-address"), orNone(texts, p.clientIp()), ReportWriter.REGULAR);
      writer.fact(
          texts.text("trail.user-agent"), orNone(texts, p.userAgent()), ReportWriter.REGULAR, 8);
    }
    writer.space(10);

    writer.line(texts.text("trail.documents"), ReportWriter.BOLD, 13, Color.BLACK);
    for (AuditTrail.DocumentRecord d : trail.documents()) {
      writer.space(4);
      writer.line(d.name(), ReportWriter.BOLD, 11, Color.BLACK);
      writer.fact(texts.text("trail.sha256-before"), d.sha256Before(), ReportWriter.MONO, 8);
      writer.fact(texts.text("trail.sha256-after"), d.sha256After(), ReportWriter.MONO, 8);
    }
    writer.space(10);

    writer.line(texts.text("trail.events"), ReportWriter.BOLD, 13, Color.BLACK);
    for (AuditTrail.EventRecord e : trail.events()) {
      writer.space(3);
      writer.fact(
          time(texts, e.at()),
          e.clientIp() == null
              ? texts.text("trail.event-by", e.action(), e.actor())
              : texts.text("trail.event-from", e.action(), e.actor(), e.clientIp()),
          ReportWriter.BOLD,
          9);
      String details = CodedDetails.text(e.details(), texts.locale());
      if (details != null && !details.isBlank()) {
        writer.fact("", details, ReportWriter.REGULAR, 8);
      }
      // The sequence number as an identifier, without the locale's grouping of digits.
      writer.fact(
          "",
          texts.text("trail.event-chain", String.valueOf(e.sequence()), e.hash()),
          ReportWriter.MONO,
          7);
    }
    writer.space(10);
    writer.paragraph(texts.text("trail.footer"), ReportWriter.REGULAR, 8, ReportWriter.GREY);
  }

  private static String time(PortalTexts texts, Instant instant) {
    return instant == null ? texts.text("trail.none") : texts.text("trail.time", instant);
  }

  private static String orNone(PortalTexts texts, String value) {
    return value == null || value.isBlank() ? texts.text("trail.none") : value;
  }
}
