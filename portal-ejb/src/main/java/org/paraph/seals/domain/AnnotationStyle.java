package org.paraph.seals.domain;

import java.time.ZoneId;
import java.util.Objects;

/**
 * What a seal's visible annotation shows, as its seal is configured, with the person of this one
 * seal filled in.
 *
 * @param showOrganisation whether the organisation's name is shown
 * @param person the display name of the person or process who caused this seal, or {@code null} not
 *     to show one (the seal record names them either way)
 * @param showTime whether the sealing date and time are shown
 * @param zone the time zone the time is shown in
 * @param showReason whether a reason, when there is one, is shown
 * @param showLocation whether a location, when there is one, is shown
 * @param logo the image drawn at the left of the text, or {@code null}
 */
public record AnnotationStyle(
    boolean showOrganisation,
    String person,
    boolean showTime,
    ZoneId zone,
    boolean showReason,
    boolean showLocation,
    SealLogo logo) {

  /** UTC, so that an annotation reads the same wherever the document is opened. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");

  /** The organisation and the time in UTC, then the reason and location when given. */
  public static final AnnotationStyle DEFAULT =
      new AnnotationStyle(true, null, true, DEFAULT_ZONE, true, true, null);

  public AnnotationStyle {
    Objects.requireNonNull(zone, "zone");
    if (person != null && person.isBlank()) {
      person = null;
    }
  }
}
