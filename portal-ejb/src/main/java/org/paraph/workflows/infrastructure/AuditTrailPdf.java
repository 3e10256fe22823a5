package org.paraph.workflows.infrastructure;

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
import org.paraph.shared.infrastructure.pdf.ReportWriter;
import org.paraph.workflows.domain.AuditTrail;
import org.paraph.workflows.domain.TrailRenderer;

/**
 * A workflow's audit trail as a PDF a court clerk can read: the workflow, each participant and how
 * their identity was confirmed, each document's SHA-256 before and after, then every event. The
 * portal seals it, so a change to it shows. Names and details in any script are drawn in embedded
 * font subsets: a participant must find their own name, not question marks.
 */
@ApplicationScoped
public class AuditTrailPdf implements TrailRenderer {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  @Override
  public byte[] render(AuditTrail trail) {
    try (PDDocument document = new PDDocument()) {
      PDDocumentInformation information = document.getDocumentInformation();
      information.setTitle("Audit trail of workflow " + trail.workflowId());
      information.setProducer("Paraph");
      try (ReportWriter writer = ReportWriter.withUnicodeFonts(document)) {
        write(trail, writer);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The audit trail could not be drawn", e);
    }
  }

  private static void write(AuditTrail trail, ReportWriter writer) throws IOException {
    writer.line("Audit trail", ReportWriter.BOLD, 18, Color.BLACK);
    writer.space(6);
    writer.fact("Workflow", trail.name(), ReportWriter.REGULAR);
    writer.fact("Workflow id", trail.workflowId(), ReportWriter.MONO, 9);
    writer.fact("Sender", trail.sender(), ReportWriter.REGULAR);
    writer.fact("Created", time(trail.createdAt()), ReportWriter.REGULAR);
    writer.fact("Sent", time(trail.sentAt()), ReportWriter.REGULAR);
    writer.fact("Expires", time(trail.expiresAt()), ReportWriter.REGULAR);
    writer.fact("Completed", time(trail.completedAt()), ReportWriter.REGULAR);
    writer.space(10);

    writer.line("Participants", ReportWriter.BOLD, 13, Color.BLACK);
    for (AuditTrail.ParticipantRecord p : trail.participants()) {
      writer.space(4);
      writer.line(p.name(), ReportWriter.BOLD, 11, Color.BLACK);
      writer.fact("Action", p.action(), ReportWriter.REGULAR);
      if (p.portalUser() != null) {
        writer.fact("Portal user", p.portalUser(), ReportWriter.REGULAR);
      }
      writer.fact("E-mail", orNone(p.email()), ReportWriter.REGULAR);
      writer.fact("Mobile", orNone(p.mobile()), ReportWriter.REGULAR);
      writer.fact("Authentication", p.authentication(), ReportWriter.REGULAR);
      writer.fact("Invited", time(p.invitedAt()), ReportWriter.REGULAR);
      writer.fact("One-time password sent", time(p.otpSentAt()), ReportWriter.REGULAR);
      writer.fact("One-time password verified", time(p.otpVerifiedAt()), ReportWriter.REGULAR);
      writer.fact("Acted", time(p.actedAt()) + " (" + p.state() + ")", ReportWriter.REGULAR);
      writer.fact("IP address", orNone(p.clientIp()), ReportWriter.REGULAR);
      writer.fact("User agent", orNone(p.userAgent()), ReportWriter.REGULAR, 8);
    }
    writer.space(10);

    writer.line("Documents", ReportWriter.BOLD, 13, Color.BLACK);
    for (AuditTrail.DocumentRecord d : trail.documents()) {
      writer.space(4);
      writer.line(d.name(), ReportWriter.BOLD, 11, Color.BLACK);
      writer.fact("SHA-256 before", d.sha256Before(), ReportWriter.MONO, 8);
      writer.fact("SHA-256 after", d.sha256After(), ReportWriter.MONO, 8);
    }
    writer.space(10);

    writer.line("Events", ReportWriter.BOLD, 13, Color.BLACK);
    for (AuditTrail.EventRecord e : trail.events()) {
      writer.space(3);
      writer.fact(
          time(e.at()),
          e.action() + " by " + e.actor() + (e.clientIp() == null ? "" : " from " + e.clientIp()),
          ReportWriter.BOLD,
          9);
      if (e.details() != null && !e.details().isBlank()) {
        writer.fact("", e.details(), ReportWriter.REGULAR, 8);
      }
      writer.fact("", "event " + e.sequence() + ", hash " + e.hash(), ReportWriter.MONO, 7);
    }
    writer.space(10);
    writer.paragraph(
        "Each event is in the portal's hash-chained audit log: every event carries the SHA-256 of"
            + " the one before, so removing or changing one breaks the chain. This document is"
            + " sealed by the portal.",
        ReportWriter.REGULAR,
        8,
        ReportWriter.GREY);
  }

  private static String time(Instant instant) {
    return instant == null ? "-" : TIME.format(instant);
  }

  private static String orNone(String value) {
    return value == null || value.isBlank() ? "-" : value;
  }
}
