package org.paraph.seals.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;

/** A seal's settings (annotation, logo, default level, timestamp authorities) that cannot work. */
public final class InvalidSealSettingsException extends PortalException {

  private InvalidSealSettingsException(String problemType, String message) {
    super(FailureKind.BAD_REQUEST, problemType, message);
  }

  /** The logo is not a PNG or JPEG image, or is too large. */
  public static InvalidSealSettingsException invalidLogo(String detail) {
    return new InvalidSealSettingsException("invalid-logo", detail);
  }

  public static InvalidSealSettingsException invalidTimeZone(String zone) {
    return new InvalidSealSettingsException(
        "invalid-time-zone",
        "Unknown time zone '" + zone + "'. Use a region such as Europe/Paris, or UTC.");
  }

  public static InvalidSealSettingsException invalidTsaUrl(String url) {
    return new InvalidSealSettingsException(
        "invalid-tsa-url",
        "'" + url + "' is not an http(s) URL of a timestamp authority (RFC 3161).");
  }

  public static InvalidSealSettingsException tooManyTsaUrls(int given, int max) {
    return new InvalidSealSettingsException(
        "invalid-tsa-url",
        given
            + " timestamp authorities given; at most "
            + max
            + " are tried, each costing a"
            + " timeout when it is down.");
  }

  /** A text setting longer than its column. */
  public static InvalidSealSettingsException tooLong(String what, int max) {
    return new InvalidSealSettingsException(
        "setting-too-long", what + " may be at most " + max + " characters long.");
  }

  /** Nothing would be left to draw: the organisation, the person and the time all hidden. */
  public static InvalidSealSettingsException emptyAnnotation() {
    return new InvalidSealSettingsException(
        "empty-annotation",
        "The annotation must show at least the organisation, the person or the time.");
  }
}
