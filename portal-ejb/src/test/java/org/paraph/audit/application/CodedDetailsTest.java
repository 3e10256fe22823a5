package org.paraph.audit.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.paraph.audit.domain.AuditDetailCodes;

/** New events keep a code and its parameters; the sentences of earlier events stay sentences. */
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
}
