package org.paraph.seals.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Objects;
import org.paraph.shared.domain.ProblemText;

/**
 * How a seal's visible annotation looks, as an administrator set it: what it shows, in which time
 * zone, the reason and location used when a request gives none, and a logo. A seal registered
 * before these settings existed shows the organisation and the time in UTC, as before.
 */
@Embeddable
public class SealAppearance {

  /** The length of the reason and location columns. */
  public static final int MAX_TEXT = 200;

  @Column(name = "annotation_show_organisation", nullable = false)
  private boolean showOrganisation = true;

  @Column(name = "annotation_show_person", nullable = false)
  private boolean showPerson;

  @Column(name = "annotation_show_time", nullable = false)
  private boolean showTime = true;

  @Column(name = "annotation_time_zone", nullable = false)
  private String timeZone = AnnotationStyle.DEFAULT_ZONE.getId();

  @Column(name = "annotation_show_reason", nullable = false)
  private boolean showReason = true;

  @Column(name = "annotation_show_location", nullable = false)
  private boolean showLocation = true;

  @Column(name = "annotation_default_reason")
  private String defaultReason;

  @Column(name = "annotation_default_location")
  private String defaultLocation;

  @Column(name = "annotation_logo")
  private byte[] logo;

  /** The defaults: the organisation and the time in UTC, reason and location when given. */
  public SealAppearance() {}

  /**
   * @throws InvalidSealSettingsException for an unknown time zone, a logo that is not a PNG or JPEG
   *     within the size limit, or an annotation that would show none of organisation, person and
   *     time
   */
  public SealAppearance(
      boolean showOrganisation,
      boolean showPerson,
      boolean showTime,
      String timeZone,
      boolean showReason,
      boolean showLocation,
      String defaultReason,
      String defaultLocation,
      byte[] logo) {
    if (!showOrganisation && !showPerson && !showTime) {
      throw InvalidSealSettingsException.emptyAnnotation();
    }
    this.showOrganisation = showOrganisation;
    this.showPerson = showPerson;
    this.showTime = showTime;
    this.timeZone = zone(timeZone).getId();
    this.showReason = showReason;
    this.showLocation = showLocation;
    this.defaultReason =
        limited(
            ProblemText.of("problem.setting-too-long.default-reason"),
            blankToNull(defaultReason),
            MAX_TEXT);
    this.defaultLocation =
        limited(
            ProblemText.of("problem.setting-too-long.default-location"),
            blankToNull(defaultLocation),
            MAX_TEXT);
    this.logo = logo == null ? null : SealLogo.read(logo).content();
  }

  /** What a seal caused by {@code personName} shows. */
  public AnnotationStyle styleFor(String personName) {
    return new AnnotationStyle(
        showOrganisation,
        showPerson ? personName : null,
        showTime,
        ZoneId.of(timeZone),
        showReason,
        showLocation,
        logo == null ? null : SealLogo.read(logo));
  }

  /**
   * @throws InvalidSealSettingsException {@code invalid-time-zone} for a zone Java does not know
   */
  public static ZoneId zone(String id) {
    String value = id == null || id.isBlank() ? AnnotationStyle.DEFAULT_ZONE.getId() : id.strip();
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      throw InvalidSealSettingsException.invalidTimeZone(value);
    }
  }

  public boolean showOrganisation() {
    return showOrganisation;
  }

  public boolean showPerson() {
    return showPerson;
  }

  public boolean showTime() {
    return showTime;
  }

  public String timeZone() {
    return timeZone;
  }

  public boolean showReason() {
    return showReason;
  }

  public boolean showLocation() {
    return showLocation;
  }

  /** The reason shown and signed when a request gives none, or {@code null}. */
  public String defaultReason() {
    return defaultReason;
  }

  /** The location shown and signed when a request gives none, or {@code null}. */
  public String defaultLocation() {
    return defaultLocation;
  }

  /** The logo's file, PNG or JPEG, or {@code null}. */
  public byte[] logo() {
    return logo == null ? null : logo.clone();
  }

  private static String limited(ProblemText what, String value, int max) {
    if (value != null && value.length() > max) {
      throw InvalidSealSettingsException.tooLong(what, max);
    }
    return value;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SealAppearance that
        && showOrganisation == that.showOrganisation
        && showPerson == that.showPerson
        && showTime == that.showTime
        && timeZone.equals(that.timeZone)
        && showReason == that.showReason
        && showLocation == that.showLocation
        && Objects.equals(defaultReason, that.defaultReason)
        && Objects.equals(defaultLocation, that.defaultLocation)
        && Arrays.equals(logo, that.logo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(timeZone, defaultReason, defaultLocation);
  }
}
