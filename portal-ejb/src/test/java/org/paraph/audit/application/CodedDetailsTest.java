package org.paraph.audit.application;

import static java.util.Locale.ENGLISH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.paraph.audit.domain.AuditDetailCodes;
import org.paraph.seals.domain.DocumentRetention;
import org.paraph.shared.i18n.PseudoLocale;

/**
 * New events keep a code and its parameters, said in the reader's language; the sentences of
 * earlier events stay sentences.
 */
class CodedDetailsTest {

  @Test
  void aCodeAndItsParametersAreStoredAsJsonAndReadBack() {
    CodedDetails moved =
        CodedDetails.of(
            AuditDetailCodes.CLOCK_ADVANCED,
            "PT3S",
            "2026-12-07T08:00:00Z",
            "2026-12-07T08:00:03Z");
    String stored = moved.stored();
    assertEquals(
        "{\"code\":\"clock.advanced\",\"parameters\":"
            + "[\"PT3S\",\"2026-12-07T08:00:00Z\",\"2026-12-07T08:00:03Z\"]}",
        stored);
    assertEquals(Optional.of(moved), CodedDetails.read(stored));
  }

  @Test
  void parametersWithQuotesAndCommasSurviveTheRoundTrip() {
    CodedDetails odd = CodedDetails.of("some.code", "a \"quoted\", name", "");
    assertEquals(
        List.of("a \"quoted\", name", ""),
        CodedDetails.read(odd.stored()).orElseThrow().parameters());
  }

  @Test
  void earlierSentencesAndBrokenObjectsAreNotCoded() {
    assertEquals(Optional.empty(), CodedDetails.read("by PT3S, from 2026-12-07T08:00:00Z to x"));
    assertEquals(Optional.empty(), CodedDetails.read(null));
    assertEquals(Optional.empty(), CodedDetails.read("{\"code\":\"x\"}"));
    assertEquals(Optional.empty(), CodedDetails.read("{\"code\":\"x\",\"parameters\":[1]}"));
    assertEquals(Optional.empty(), CodedDetails.read("{\"code\":"));
  }

  @Test
  void codedDetailsReadInTheReadersLanguageAndEarlierSentencesAsTheyWere() {
    String moved =
        CodedDetails.of(
                AuditDetailCodes.CLOCK_ADVANCED,
                "PT3S",
                "2026-12-07T08:00:00Z",
                "2026-12-07T08:00:03Z")
            .stored();
    assertEquals(
        "by PT3S, from 2026-12-07T08:00:00Z to 2026-12-07T08:00:03Z",
        CodedDetails.text(moved, Locale.ENGLISH),
        "the sentence such an event had before it was coded");
    assertEquals(
        "[ƀý PT3S, ƒŕöɱ 2026-12-07T08:00:00Z ţö 2026-12-07T08:00:03Z]",
        CodedDetails.text(moved, PseudoLocale.LOCALE));
    assertEquals(
        "document.shredded PT3S, x",
        CodedDetails.text(CodedDetails.of("document.shredded", "PT3S", "x").stored(), ENGLISH),
        "a code this version has no words for shows with its parameters");
    assertEquals("roles [ADMIN]", CodedDetails.text("roles [ADMIN]", ENGLISH));
    assertNull(CodedDetails.text(null, ENGLISH));
  }

  @Test
  void aFlagChoosesTheWordsOfItsText() {
    assertEquals(
        "seal demo (TEST), PAdES level B-LT, record 7, original sha256 aa, sealed sha256 bb",
        english(AuditDetailCodes.SEAL_APPLIED, "demo", "1", "PAdES", "B-LT", "7", "aa", "bb"));
    assertEquals(
        "seal acme, PAdES level B-B (asked B-LT, no timestamp authority answered), record 12345,"
            + " original sha256 aa, sealed sha256 bb",
        english(
            AuditDetailCodes.SEAL_APPLIED_DEGRADED,
            "acme",
            "0",
            "PAdES",
            "B-B",
            "B-LT",
            "12345",
            "aa",
            "bb"));
    assertEquals(
        "seal CN=Acme issued by CN=CA in PKCS#11 tokens 0, 1, now the organisation seal",
        english(AuditDetailCodes.SEAL_CREATED_PKCS11, "0", "CN=Acme", "CN=CA", "2", "0, 1", "1"));
    assertEquals(
        "test seal CN=Acme issued by CN=CA in PKCS#11 token 3",
        english(AuditDetailCodes.SEAL_CREATED_PKCS11, "1", "CN=Acme", "CN=CA", "1", "3", "0"));
  }

  @Test
  void aSealsSettingsSayEachChoiceAndKeepTheirNumbersWhole() {
    assertEquals(
        "annotation: organisation shown (Acme), person hidden, time shown (in Europe/Paris),"
            + " reason shown (default: Approved), location hidden (default: ), logo of 12345"
            + " bytes; default level B-LTA; timestamp authorities: the portal's own, B-B when none"
            + " answers",
        english(
            AuditDetailCodes.SEAL_SETTINGS_CHANGED,
            "1",
            "Acme",
            "0",
            "1",
            "Europe/Paris",
            "1",
            "Approved",
            "0",
            "",
            "1",
            "12345",
            "B-LTA",
            "0",
            "",
            "1"));
    assertEquals(
        "annotation: organisation hidden (Acme), person shown, time hidden (in UTC), reason hidden"
            + " (default: ), location shown (default: Paris), logo none; default level B-B;"
            + " timestamp authorities: https://tsa.example, fail when none answers",
        english(
            AuditDetailCodes.SEAL_SETTINGS_CHANGED,
            "0",
            "Acme",
            "1",
            "0",
            "UTC",
            "0",
            "",
            "1",
            "Paris",
            "0",
            "0",
            "B-B",
            "1",
            "https://tsa.example",
            "0"));
  }

  @Test
  void aSealsSettingsSavedFromSchema18OnAlsoSayWhetherItKeepsDocuments() {
    String[] settings = {
      "1", "Acme", "0", "1", "UTC", "0", "", "0", "", "0", "0", "B-T", "0", "", "0", ""
    };
    String[] expected = {
      "always kept",
      "kept unless a request says keep=false",
      "kept only when a request says keep=true"
    };
    for (DocumentRetention retention : DocumentRetention.values()) {
      settings[15] = String.valueOf(retention.ordinal());
      String text = english(AuditDetailCodes.SEAL_SETTINGS_SAVED, settings);
      assertTrue(
          text.endsWith("fail when none answers; documents " + expected[retention.ordinal()]),
          text);
    }
  }

  private static String english(String code, String... parameters) {
    return CodedDetails.text(CodedDetails.of(code, parameters).stored(), ENGLISH);
  }
}
