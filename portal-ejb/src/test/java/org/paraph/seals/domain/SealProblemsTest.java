package org.paraph.seals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.paraph.shared.domain.ProblemWords.assertEnglish;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paraph.shared.domain.ProblemText;
import org.paraph.shared.i18n.PseudoLocale;

/** Which seal, and where its box goes: the core's bundle's words, the English as it was. */
class SealProblemsTest {

  @Test
  void theSealsProblemsReadAsBefore() {
    assertEnglish(
        "The seal 'Finance' was retired on 2026-03-04 09:05 UTC and can no longer seal: choose"
            + " another seal.",
        new SealRetiredException("Finance", Instant.parse("2026-03-04T09:05:59.900Z")));
    assertEnglish("A seal named 'Finance' exists already", new SealNameTakenException("Finance"));
    assertEnglish(
        "'Jane' is a personal certificate: only its owner may seal with it, and 'bob' is not its"
            + " owner.",
        new PersonalSealException("Jane", "bob"));
    assertEnglish("No organisation seal is set up", UnknownSealException.noOrganisationSeal());
    assertEnglish("There is no seal batch 'b-1'", new SealBatchNotFoundException("b-1"));
  }

  @Test
  void theOptionsBatchesAndRetirementsReadAsBefore() {
    assertEnglish(
        "'bob' may not retire 'Finance': only administrators retire the organisation's seals, and"
            + " a personal certificate only its owner or an administrator.",
        SealRetirementRefusedException.notAllowed("Finance", "bob"));
    assertEnglish(
        "'Main' is the organisation seal, used when a request names none: make another seal the"
            + " organisation seal first (register one with \"Make it the organisation seal\"),"
            + " then retire this one.",
        SealRetirementRefusedException.organisationDefault("Main"));
    assertEnglish(
        "The batch has no document: send one 'file' part per PDF to seal",
        InvalidBatchException.empty());
    assertEnglish(
        "A batch holds at most 1000 documents: split it into several batches",
        InvalidBatchException.tooManyFiles(1000));
    assertEnglish(
        "Give the OAuth2 client id",
        InvalidSealOptionException.invalidName(
            ProblemText.of(
                "problem.invalid-seal-name.give",
                ProblemText.of("problem.invalid-seal-name.client-id"))));
    assertEnglish(
        "'reason' does not apply to format=cades: a CAdES signature has no place for a free-text"
            + " reason. Leave it out, or use format=pades.",
        InvalidSealOptionException.reasonNotApplicable(SealFormat.CADES));
    assertEnglish(
        "Unknown seal level 'B-X'. Accepted levels: B-B, B-T.",
        InvalidSealOptionException.unknownLevel("B-X", "B-B, B-T"));
  }

  @Test
  void theSettingsProblemsReadAsBefore() {
    assertEnglish(
        "The organisation's name may be at most 1000 characters long.",
        InvalidSealSettingsException.tooLong(
            ProblemText.of("problem.setting-too-long.organisation-name"), 1000));
    assertEnglish(
        "Unknown time zone 'Mars/Olympus'. Use a region such as Europe/Paris, or UTC.",
        InvalidSealSettingsException.invalidTimeZone("Mars/Olympus"));
    assertEnglish(
        "The logo is 5000 x 300 pixels; at most 4000 pixels a side are accepted. Scale it down and"
            + " upload it again.",
        InvalidSealSettingsException.invalidLogo(
            ProblemText.of("problem.invalid-logo.too-large", 5000, 300, SealLogo.MAX_PIXELS)));
    assertEnglish(
        "The logo must be a PNG or a JPEG image.",
        assertThrows(
            InvalidSealSettingsException.class, () -> SealLogo.read(new byte[] {1, 2, 3})));
  }

  @Test
  void aFailedSealingSaysWhatFailedAsBefore() {
    assertEnglish(
        "No timestamp authority could timestamp the seal. Tried, in order: https://tsa1 (timeout);"
            + " https://tsa2 (HTTP 500). Try again later, choose level B-B, or let the seal fall"
            + " back to B-B in its settings.",
        SealingFailedException.noTimestampAuthority(
            List.of("https://tsa1 (timeout)", "https://tsa2 (HTTP 500)")));
    assertEnglish(
        "The document could not be sealed: the key's certificate has expired",
        SealingFailedException.failed("the key's certificate has expired", null));
  }

  @Test
  void thePlacementsProblemsReadAsBefore() {
    Placement box = new Placement(2, 10.25f, 20, 150, 0.05f);
    assertEnglish(
        "The seal box (x 10.3, y 20.0, width 150.0, height 0.1) does not fit inside page 2, which"
            + " measures 595.3 x 841.9 points: move or shrink the box.",
        InvalidPlacementException.offPage(box, 595.276f, 841.89f));
    assertEnglish(
        "The seal box (150.0 x 0.1 points) is too small for its text: make it at least 120 x 41"
            + " points.",
        InvalidPlacementException.tooSmallForText(box, 119.2f, 40.1f));
    assertEnglish(
        "The seal cannot go on page 3: the document has 1 page.",
        InvalidPlacementException.noSuchPage(3, 1));
    assertEnglish(
        "The document has no signature field named 'Sig9'. It has no empty signature field: leave"
            + " out 'field' to add a new one.",
        InvalidPlacementException.fieldNotFound("Sig9", List.of()));
    assertEnglish(
        "The field 'Name' is not a signature field. Empty signature fields: Sig1, Sig2.",
        InvalidPlacementException.notASignatureField("Name", List.of("Sig1", "Sig2")));
    assertEnglish(
        "The keyword 'Signed:' does not occur in the document's text (a scanned page has no text"
            + " to search): check its spelling and case, or give coordinates instead.",
        InvalidPlacementException.keywordNotFound("Signed:"));
    assertEnglish(
        "Invalid seal placement: width and height must be positive, got -1.0 x 2.5.",
        assertThrows(InvalidPlacementException.class, () -> new Placement(1, 0, 0, -1, 2.5f)));
  }

  @Test
  void thePseudoLocaleAccentsTheWordsPutIntoAText() {
    assertEquals(
        "[Ñö öŕĝàñîšàţîöñ šéàľ îš šéţ ûþ]",
        UnknownSealException.noOrganisationSeal().detailIn(PseudoLocale.LOCALE));
    String field =
        InvalidPlacementException.fieldNotFound("Sig9", List.of()).detailIn(PseudoLocale.LOCALE);
    assertTrue(field.startsWith("[Ţĥé ďöçûɱéñţ ĥàš ñö šîĝñàţûŕé ƒîéľď ñàɱéď 'Sig9'. [Îţ"), field);
  }
}
