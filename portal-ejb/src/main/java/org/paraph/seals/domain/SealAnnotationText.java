package org.paraph.seals.domain;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lines of a visible seal annotation, top to bottom, and the warning line of a test seal. Kept
 * apart from the drawing so the wording is decided (and tested) in one place.
 *
 * @param lines the ordinary lines: organisation, sealing time, then reason and location if given
 * @param testWarning the line to draw in orange below them, or {@code null} for a production seal
 */
public record SealAnnotationText(List<String> lines, String testWarning) {

  public static final String TEST_WARNING = "TEST \u2013 not a production seal";

  /** UTC, so that the annotation reads the same wherever the document is opened. */
  private static final DateTimeFormatter SEALED_AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT).withZone(ZoneId.of("UTC"));

  public SealAnnotationText {
    lines = List.copyOf(lines);
  }

  public static SealAnnotationText of(SealOptions options) {
    List<String> lines = new ArrayList<>();
    lines.add(oneLine(options.organisationName()));
    lines.add("Sealed " + SEALED_AT.format(options.signingTime()));
    if (hasText(options.reason())) {
      lines.add("Reason: " + oneLine(options.reason()));
    }
    if (hasText(options.location())) {
      lines.add("Location: " + oneLine(options.location()));
    }
    return new SealAnnotationText(lines, options.test() ? TEST_WARNING : null);
  }

  /** Every line, the test warning last, e.g. for a text-only rendering. */
  public List<String> allLines() {
    List<String> all = new ArrayList<>(lines);
    if (testWarning != null) {
      all.add(testWarning);
    }
    return all;
  }

  /** A reason typed in a text area may hold line breaks; an annotation line may not. */
  private static String oneLine(String value) {
    return value.strip().replaceAll("\\s+", " ");
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }
}
