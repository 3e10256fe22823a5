package org.paraph.verification.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.paraph.shared.i18n.PseudoLocale;
import org.paraph.testsupport.PseudoTexts;
import org.paraph.verification.domain.DocumentTimestamp;
import org.paraph.verification.domain.Indication;
import org.paraph.verification.domain.RevocationCheck;
import org.paraph.verification.domain.SignatureVerdict;
import org.paraph.verification.domain.TrustedListStatus;
import org.paraph.verification.domain.VerificationReport;

class VerificationReportPdfTest {

  private static final String SHA256 =
      "8bfbd3adb55afc49c2801a0a5fb3b4f09e1f8deffe8443559cffbf749aef854a";

  @Test
  void theReportSaysInWordsWhatEachSignatureIsWorth() throws IOException {
    VerificationReport report = fullReport();

    String text = text(new VerificationReportPdf().render(report, Locale.ENGLISH));

    assertTrue(text.contains("contract.pdf"), text);
    assertTrue(text.contains(SHA256), text);
    assertTrue(text.contains("2026-01-02 03:04:05 UTC"), text);
    assertTrue(text.contains("Signature 1 of 2"), text);
    assertTrue(text.contains("Valid\n"), text);
    assertTrue(text.contains("TEST seal"), text);
    assertTrue(text.contains("Lódz Archives"), "ź drawn without its accent: " + text);
    assertTrue(text.contains("Invalid: the document was changed after it was signed"), text);
    assertTrue(text.contains("The reference data object is not intact!"), text);
    assertTrue(text.contains("Demo TSA"), text);
    assertTrue(text.contains("EU trusted list BE: Example Qualified Provider"), text);
    assertTrue(
        text.contains(
            "Revocation not checked: OCSP at ocsp.example.eu: no answer within 5 seconds"),
        text);
    assertTrue(
        text.contains(
            "EU trusted lists used: 27 lists, 3100 certificates, loaded 2026-01-01 22:30"),
        text);
  }

  @Test
  void theReportSaysWhyTheEuTrustedListsWereNotUsed() throws IOException {
    TrustedListStatus unavailable =
        new TrustedListStatus(
            TrustedListStatus.State.UNAVAILABLE,
            "https://lotl.example/eu-lotl.xml",
            null,
            Instant.parse("2026-01-02T02:00:00Z"),
            0,
            0,
            "the list of trusted lists could not be downloaded from https://lotl.example");

    String text =
        text(
            new VerificationReportPdf()
                .render(
                    new VerificationReport(
                        "plain.pdf", SHA256, Instant.EPOCH, List.of(), List.of(), unavailable),
                    Locale.ENGLISH));

    assertTrue(text.contains("EU trusted lists not used: the list of trusted lists could"), text);
  }

  @Test
  void anUnsignedDocumentGetsAOnePageReportSayingSo() throws IOException {
    byte[] pdf =
        new VerificationReportPdf()
            .render(
                new VerificationReport(
                    "plain.pdf",
                    SHA256,
                    Instant.EPOCH,
                    List.of(),
                    List.of(),
                    TrustedListStatus.disabled()),
                Locale.ENGLISH);

    assertTrue(text(pdf).contains("This document has no signature."));
    assertEquals(1, pages(pdf));
  }

  @Test
  void manySignaturesFlowOntoFurtherPages() throws IOException {
    SignatureVerdict verdict = verdict(Indication.TOTAL_PASSED, null, "Acme", false, List.of());
    byte[] pdf =
        new VerificationReportPdf()
            .render(
                new VerificationReport(
                    "many.pdf",
                    SHA256,
                    Instant.EPOCH,
                    Collections.nCopies(20, verdict),
                    List.of(),
                    TrustedListStatus.disabled()),
                Locale.ENGLISH);

    assertTrue(pages(pdf) > 1);
    assertTrue(text(pdf).contains("Signature 20 of 20"));
  }

  @Test
  void inThePseudoLocaleEveryWordOfTheReportComesFromTheBundle() throws IOException {
    String[] data = {
      "contract.pdf",
      SHA256,
      "Łódź Archives",
      "Acme",
      "The reference data object is not intact!",
      "Demo TSA",
      "BE: Example Qualified Provider",
      "OCSP at ocsp.example.eu: no answer within 5 seconds",
      "TOTAL_PASSED",
      "TOTAL_FAILED",
      "HASH_FAILURE",
      "PAdES-BASELINE-B"
    };

    String pseudo = text(new VerificationReportPdf().render(fullReport(), PseudoLocale.LOCALE));
    String english = text(new VerificationReportPdf().render(fullReport(), Locale.ENGLISH));

    assertEquals("", PseudoTexts.wordsOutsideTheBundle(pseudo, data), pseudo);
    assertTrue(pseudo.contains("Łódź Archives"), "drawn in an embedded font: " + pseudo);
    assertNotEquals("", PseudoTexts.wordsOutsideTheBundle(english, data));
  }

  private static VerificationReport fullReport() {
    return new VerificationReport(
        "contract.pdf",
        SHA256,
        Instant.parse("2026-01-02T03:04:05Z"),
        List.of(
            verdict(Indication.TOTAL_PASSED, null, "Łódź Archives", true, List.of()),
            verdict(
                Indication.TOTAL_FAILED,
                "HASH_FAILURE",
                "Acme",
                false,
                List.of("The reference data object is not intact!"))),
        List.of(
            new DocumentTimestamp(
                "T-1",
                Instant.parse("2026-01-02T03:00:00Z"),
                "Demo TSA",
                Indication.TOTAL_PASSED,
                null)),
        new TrustedListStatus(
            TrustedListStatus.State.LOADED,
            "https://lotl.example/eu-lotl.xml",
            Instant.parse("2026-01-01T22:30:00Z"),
            Instant.parse("2026-01-02T02:00:00Z"),
            27,
            3100,
            null));
  }

  private static SignatureVerdict verdict(
      Indication indication,
      String subIndication,
      String signer,
      boolean test,
      List<String> errors) {
    return new SignatureVerdict(
        "S-" + signer,
        indication,
        subIndication,
        signer,
        Instant.parse("2026-01-02T03:00:00Z"),
        Instant.parse("2026-01-02T03:04:05Z"),
        "PAdES-BASELINE-B",
        true,
        false,
        test,
        errors,
        List.of(),
        test ? null : "BE: Example Qualified Provider",
        test
            ? RevocationCheck.notApplicable()
            : new RevocationCheck(
                true, List.of(), List.of("OCSP at ocsp.example.eu: no answer within 5 seconds")));
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  private static int pages(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }
}
