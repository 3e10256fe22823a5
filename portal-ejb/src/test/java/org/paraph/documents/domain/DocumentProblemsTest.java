package org.paraph.documents.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paraph.shared.domain.ProblemWords.assertEnglish;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.paraph.shared.domain.ProblemText;
import org.paraph.shared.i18n.PseudoLocale;

/**
 * The documents' problems take their words from the core's bundle, and their English is what it was
 * when it was written in the code: clients and the system tests read it.
 */
class DocumentProblemsTest {

  @Test
  void theEnglishIsAsItWas() {
    assertEnglish(
        "The uploaded file is empty: choose a PDF file and upload it again.",
        InvalidDocumentException.empty());
    assertEnglish(
        "The uploaded file is not a PDF (no %PDF- header at its start): export or print the"
            + " document to PDF and upload that file.",
        InvalidDocumentException.notAPdf());
    assertEnglish(
        "The PDF is encrypted or password-protected, so it cannot be sealed: save a copy without"
            + " protection (or ask its author for one) and upload that.",
        InvalidDocumentException.encrypted());
    assertEnglish(
        "The PDF does not allow new signatures (certified, no changes allowed): ask its author for"
            + " a version without this restriction.",
        InvalidDocumentException.sealingForbidden("certified, no changes allowed"));
    assertEnglish(
        "The PDF is damaged or malformed and cannot be read (xref missing). Open it in a PDF"
            + " viewer, save or print it to a new PDF, and upload that.",
        InvalidDocumentException.unreadable("xref missing", null));
    assertEnglish(
        "The PDF is damaged or malformed and cannot be read (it has no pages). Open it in a PDF"
            + " viewer, save or print it to a new PDF, and upload that.",
        InvalidDocumentException.unreadable(
            ProblemText.of("problem.unreadable-pdf.no-pages"), null));
    assertEnglish(
        "A signature already in the PDF is broken. The document was changed after that signature"
            + " was made, so a long-term seal (B-LT, B-LTA), which vouches for the signatures"
            + " before it, cannot be added. Seal an intact copy of the document, or choose level"
            + " B-T.",
        InvalidDocumentException.earlierSignatureInvalid(List.of()));
    assertEnglish(
        "A signature already in the PDF is broken: field Sig1; field Sig2. The document was"
            + " changed after that signature was made, so a long-term seal (B-LT, B-LTA), which"
            + " vouches for the signatures before it, cannot be added. Seal an intact copy of the"
            + " document, or choose level B-T.",
        InvalidDocumentException.earlierSignatureInvalid(List.of("field Sig1", "field Sig2")));
  }

  @Test
  void numbersAreWrittenWithoutGroupingAsBefore() {
    assertEnglish(
        "The PDF is too complex to process: its compressed content expands to more than 1024 MB,"
            + " which the portal does not accept. Print or export it again to a new PDF (or ask"
            + " its author to), and upload that.",
        PdfTooComplexException.decodedTooLarge(1024L * 1024 * 1024));
    assertEnglish(
        "The PDF is too complex to process: it holds an image of 12000 x 9000 pixels, more than"
            + " the 100 million pixels the portal accepts. Reduce the image's resolution, or print"
            + " the document to a new PDF, and upload that.",
        PdfTooComplexException.imageTooLarge(12_000, 9_000, 100_000_000));
    assertEnglish(
        "The PDF is too complex to preview: page 1200 could not be drawn within 20 seconds. Print"
            + " or export it again to a new PDF, and upload that.",
        PdfTooComplexException.tooSlowToDraw(1200, 20));
    assertEnglish(
        "The document is larger than the limit of 2048 MB", new DocumentTooLargeException(2048));
    assertEnglish(
        "Page 1001 does not exist: the document has 1000 page(s).",
        new PageNotFoundException(1001, 1000));
    assertEnglish(
        "https://docs.example/a.pdf answered HTTP 404, not 200.",
        RemoteDocumentException.answered("https://docs.example/a.pdf", 404));
    assertEnglish(
        "https://docs.example/a.pdf could not be fetched: Read timed out",
        RemoteDocumentException.failed("https://docs.example/a.pdf", "Read timed out"));
  }

  @Test
  void thePseudoLocaleAccentsTheTextAndTheWordsPutIntoIt() {
    assertEquals(
        "[Þàĝé 3 ďöéš ñöţ éẋîšţ: ţĥé ďöçûɱéñţ ĥàš 2 þàĝé(š).]",
        new PageNotFoundException(3, 2).detailIn(PseudoLocale.LOCALE));
    String unreadable =
        InvalidDocumentException.unreadable(
                ProblemText.of("problem.unreadable-pdf.empty-page-box"), null)
            .detailIn(PseudoLocale.LOCALE);
    assertTrue(
        unreadable.startsWith("[Ţĥé ÞĎƑ îš ďàɱàĝéď") && unreadable.contains("([à þàĝé ĥàš"),
        unreadable);
  }
}
