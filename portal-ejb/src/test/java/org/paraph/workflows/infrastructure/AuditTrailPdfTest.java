package org.paraph.workflows.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.paraph.audit.application.CodedDetails;
import org.paraph.audit.domain.AuditDetailCodes;
import org.paraph.shared.i18n.PseudoLocale;
import org.paraph.testsupport.PseudoTexts;
import org.paraph.workflows.domain.AuditTrail;

class AuditTrailPdfTest {

  private static final Instant AT = Instant.parse("2026-11-21T10:00:00Z");
  private static final List<String> NAMES = List.of("Łukasz Żółć", "Ελένη Παπαδοπούλου", "王小明");

  @Test
  void participantsWithNonLatinNamesAreNamedInTheTextOfTheTrail() throws Exception {
    byte[] pdf = new AuditTrailPdf().render(trail());

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      for (String name : NAMES) {
        assertTrue(text.contains(name), () -> name + " in:\n" + text);
      }
      assertTrue(text.contains("Contrat de bail"), text);
      assertFalse(text.contains("?"), () -> "nothing replaced:\n" + text);
      for (PDPage page : document.getPages()) {
        for (var fontName : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(fontName);
          assertTrue(
              font.isEmbedded() || font.isStandard14(),
              () -> font.getName() + " is embedded or standard");
        }
      }
    }
  }

  @Test
  void theEnglishTrailSaysWhatItSaidBeforeItsWordsCameFromTheBundle() throws Exception {
    String text = text(new AuditTrailPdf().render(trail()));

    for (String expected :
        List.of(
            "Audit trail\n",
            "Workflow id wf-1",
            "Expires 2026-11-22 10:00:00 UTC",
            "One-time password verified 2026-11-21 10:00:00 UTC",
            "Acted 2026-11-21 10:00:00 UTC (SIGNED)",
            "Mobile -",
            "SHA-256 before " + "ab".repeat(32),
            "2026-11-21 10:00:00 UTC PARTICIPANT_SIGNED by 王小明 from 192.0.2.1",
            "event 1, hash " + "ef".repeat(32),
            "Each event is in the portal's hash-chained audit log")) {
      assertTrue(text.contains(expected), () -> expected + " in:\n" + text);
    }
  }

  @Test
  void inThePseudoLocaleEveryWordOfTheTrailComesFromTheBundle() throws Exception {
    AuditTrail english = trail();
    AuditTrail pseudo =
        new AuditTrail(
            english.workflowId(),
            english.name(),
            english.sender(),
            english.createdAt(),
            english.sentAt(),
            english.expiresAt(),
            english.completedAt(),
            english.participants(),
            english.documents(),
            english.events(),
            PseudoLocale.LOCALE);
    String[] data = {
      "Łukasz Żółć", "Ελένη Παπαδοπούλου", "王小明", "Contrat de bail", "wf-1", "Admin",
      "someone@example.org", "wang@example.org", "participant", "SIGNED", "SIGN", "email",
      "PARTICIPANT_SIGNED", "Mozilla", "bail.pdf", "ab".repeat(32), "cd".repeat(32), "ef".repeat(32)
    };

    String text = text(new AuditTrailPdf().render(pseudo));

    assertEquals("", PseudoTexts.wordsOutsideTheBundle(text, data), text);
    assertNotEquals(
        "", PseudoTexts.wordsOutsideTheBundle(text(new AuditTrailPdf().render(english)), data));
  }

  @Test
  void detailsRecordedAsACodeAreDrawnInTheTrailsLanguage() throws Exception {
    String coded =
        CodedDetails.of(
                AuditDetailCodes.OTP_WRONG, "42", "王小明 <wang@example.org>", "0", "", "SIGN", "3")
            .stored();

    String english = text(new AuditTrailPdf().render(withEvent(coded, Locale.ENGLISH)));
    String pseudo = text(new AuditTrailPdf().render(withEvent(coded, PseudoLocale.LOCALE)));

    String sentence = "participant 42 王小明 <wang@example.org>, SIGN, 3 tries left";
    assertTrue(english.contains(sentence), () -> sentence + " in:\n" + english);
    assertFalse(english.contains(AuditDetailCodes.OTP_WRONG), english);
    assertFalse(pseudo.contains(sentence), pseudo);
    String[] data = {
      "Łukasz Żółć", "Ελένη Παπαδοπούλου", "王小明", "Contrat de bail", "wf-1", "Admin",
      "someone@example.org", "wang@example.org", "SIGNED", "SIGN", "email", "OTP_FAILED",
      "Mozilla", "bail.pdf", "ab".repeat(32), "cd".repeat(32), "ef".repeat(32)
    };
    assertEquals("", PseudoTexts.wordsOutsideTheBundle(pseudo, data), pseudo);
  }

  @Test
  void aLatinOnlyTrailAddsNoFontFile() throws Exception {
    AuditTrail latin =
        new AuditTrail(
            "wf-2",
            "Lease",
            "Admin",
            AT,
            AT,
            AT,
            AT,
            List.of(participant("Alice Martin")),
            List.of(),
            List.of(),
            Locale.ENGLISH);
    try (PDDocument document = Loader.loadPDF(new AuditTrailPdf().render(latin))) {
      for (var fontName : document.getPage(0).getResources().getFontNames()) {
        assertTrue(document.getPage(0).getResources().getFont(fontName).isStandard14());
      }
    }
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static AuditTrail trail() {
    return new AuditTrail(
        "wf-1",
        "Contrat de bail",
        "Admin",
        AT,
        AT,
        AT.plusSeconds(86_400),
        AT,
        NAMES.stream().map(AuditTrailPdfTest::participant).toList(),
        List.of(new AuditTrail.DocumentRecord("bail.pdf", "ab".repeat(32), "cd".repeat(32))),
        List.of(
            new AuditTrail.EventRecord(
                1,
                AT,
                "王小明",
                "PARTICIPANT_SIGNED",
                "participant 王小明 <wang@example.org>, SIGN",
                "192.0.2.1",
                "ef".repeat(32))),
        Locale.ENGLISH);
  }

  /** The trail of {@link #trail} with one event, whose details are {@code details}. */
  private static AuditTrail withEvent(String details, Locale locale) {
    AuditTrail trail = trail();
    return new AuditTrail(
        trail.workflowId(),
        trail.name(),
        trail.sender(),
        trail.createdAt(),
        trail.sentAt(),
        trail.expiresAt(),
        trail.completedAt(),
        trail.participants(),
        trail.documents(),
        List.of(
            new AuditTrail.EventRecord(
                1, AT, "王小明", "OTP_FAILED", details, "192.0.2.1", "ef".repeat(32))),
        locale);
  }

  private static AuditTrail.ParticipantRecord participant(String name) {
    return new AuditTrail.ParticipantRecord(
        name,
        "someone@example.org",
        null,
        "SIGN",
        "email",
        null,
        "SIGNED",
        AT,
        AT,
        AT,
        AT,
        "192.0.2.1",
        "Mozilla/5.0");
  }
}
