package org.paraph.seals.domain;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.paraph.shared.i18n.PortalTexts;

/**
 * The lines of a visible seal annotation, top to bottom, and the warning line of a test seal. Kept
 * apart from the drawing so the wording is decided (and tested) in one place. The words come from
 * the core's bundle ({@link PortalTexts}); the time is written the same in every language, with its
 * zone's name.
 *
 * @param lines the ordinary lines, as the seal's {@link AnnotationStyle} asks: organisation, the
 *     person who caused the seal, sealing time, then reason and location if given
 * @param testWarning the line to draw in orange below them, or {@code null} for a production seal
 */
public record SealAnnotationText(List<String> lines, String testWarning) {

  /** With the zone's name, so a reader knows which clock the time is on. */
  private static final DateTimeFormatter SEALED_AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT);

  public SealAnnotationText {
    lines = List.copyOf(lines);
  }

  /** In English, the language of every seal today. */
  public static SealAnnotationText of(SealOptions options) {
    return of(options, PortalTexts.english());
  }

  public static SealAnnotationText of(SealOptions options, PortalTexts texts) {
    AnnotationStyle style = options.annotation();
    List<String> lines = new ArrayList<>();
    if (style.showOrganisation()) {
      lines.add(oneLine(options.organisationName()));
    }
    if (style.person() != null) {
      lines.add(texts.text("seal.requested-by", oneLine(style.person())));
    }
    if (style.showTime()) {
      String time = SEALED_AT.withZone(style.zone()).format(options.signingTime());
      lines.add(texts.text("seal.sealed-at", time));
    }
    if (style.showReason() && hasText(options.reason())) {
      lines.add(texts.text("seal.reason", oneLine(options.reason())));
    }
    if (style.showLocation() && hasText(options.location())) {
      lines.add(texts.text("seal.location", oneLine(options.location())));
    }
    if (lines.isEmpty()) {
      // An annotation that says nothing would look like a broken seal.
      lines.add(oneLine(options.organisationName()));
    }
    return new SealAnnotationText(lines, options.test() ? texts.text("seal.test-warning") : null);
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
