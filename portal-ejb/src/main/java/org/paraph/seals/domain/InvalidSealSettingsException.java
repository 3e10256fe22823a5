package org.paraph.seals.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;

/** A seal's settings (annotation, logo, default level, timestamp authorities) that cannot work. */
public final class InvalidSealSettingsException extends PortalException {

  private InvalidSealSettingsException(String problemType, ProblemText text) {
    super(FailureKind.BAD_REQUEST, problemType, text);
  }

  /** The logo is not a PNG or JPEG image, or is too large. */
  public static InvalidSealSettingsException invalidLogo(ProblemText detail) {
    return new InvalidSealSettingsException("invalid-logo", detail);
  }

  public static InvalidSealSettingsException invalidTimeZone(String zone) {
    return new InvalidSealSettingsException(
        "invalid-time-zone", ProblemText.of("problem.invalid-time-zone", zone));
  }

  public static InvalidSealSettingsException invalidTsaUrl(String url) {
    return new InvalidSealSettingsException(
        "invalid-tsa-url", ProblemText.of("problem.invalid-tsa-url", url));
  }

  /** A document retention the portal does not know (a page or client sent something else). */
  public static InvalidSealSettingsException unknownRetention(String given) {
    return new InvalidSealSettingsException(
        "invalid-retention", ProblemText.of("problem.invalid-retention", given));
  }

  public static InvalidSealSettingsException tooManyTsaUrls(int given, int max) {
    return new InvalidSealSettingsException(
        "invalid-tsa-url", ProblemText.of("problem.invalid-tsa-url.too-many", given, max));
  }

  /**
   * A text setting longer than its column.
   *
   * @param what the setting, named by a text of the bundle
   */
  public static InvalidSealSettingsException tooLong(ProblemText what, int max) {
    return new InvalidSealSettingsException(
        "setting-too-long", ProblemText.of("problem.setting-too-long", what, max));
  }

  /** Nothing would be left to draw: the organisation, the person and the time all hidden. */
  public static InvalidSealSettingsException emptyAnnotation() {
    return new InvalidSealSettingsException(
        "empty-annotation", ProblemText.of("problem.empty-annotation"));
  }
}
