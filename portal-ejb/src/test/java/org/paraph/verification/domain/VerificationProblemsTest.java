package org.paraph.verification.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.paraph.shared.domain.ProblemWords.assertEnglish;

import org.junit.jupiter.api.Test;
import org.paraph.shared.i18n.PseudoLocale;

/** A file the verifier cannot check is told in the core's bundle's words, the English as it was. */
class VerificationProblemsTest {

  @Test
  void theEnglishIsAsItWas() {
    assertEnglish(
        "The uploaded file is empty: choose the signed file again.",
        UnverifiableDocumentException.empty());
    assertEnglish(
        "The file is neither a PDF nor a CMS signature (.p7s), so there is nothing to verify in"
            + " it: upload the signed PDF, or the .p7s file with its original.",
        UnverifiableDocumentException.notSigned(null));
    assertEnglish(
        "The .p7s file is a detached signature: it does not contain the document it signs. Upload"
            + " the original document with it (the 'detached' part, or 'Original document' on the"
            + " page).",
        UnverifiableDocumentException.detachedContentRequired());
    assertEnglish(
        "The PDF is password-protected: give its password (the 'password' part) to verify it.",
        UnverifiableDocumentException.encrypted(null));
    assertEnglish(
        "The file is damaged or malformed and cannot be read (no 'startxref' at {the end}).",
        UnverifiableDocumentException.unreadable("no 'startxref' at {the end}", null));
    assertEnglish(
        "A signature of this document was made with the certificate of the seal 'acme', retired"
            + " because its key was compromised, and nothing proves it was made before then. The"
            + " ETSI report cannot say so: ask for the JSON report (Accept: application/json) or"
            + " the PDF report, which do.",
        UnverifiableDocumentException.etsiReportWouldTrustACompromisedSeal("acme"));
  }

  @Test
  void inThePseudoLocaleTheReasonGivenStaysAsItCame() {
    assertEquals(
        "[Ţĥé ƒîľé îš ďàɱàĝéď öŕ ɱàľƒöŕɱéď àñď çàññöţ ƀé ŕéàď (no header).]",
        UnverifiableDocumentException.unreadable("no header", null).detailIn(PseudoLocale.LOCALE));
  }
}
