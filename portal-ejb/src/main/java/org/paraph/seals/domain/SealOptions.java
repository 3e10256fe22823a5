package org.paraph.seals.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * How one document is to be sealed.
 *
 * @param level the baseline level
 * @param placement where the visible annotation goes; {@code null} for an invisible seal
 * @param field the name of the existing empty signature field the seal fills, or {@code null} to
 *     add a new one; when set, {@code placement} is that field's box as displayed, or {@code null}
 *     if the field has no visible widget
 * @param organisationName the sealing organisation, shown first in the annotation and used as the
 *     signature's name
 * @param reason why the document is sealed, or {@code null}
 * @param location where it is sealed (a city, a site), or {@code null}
 * @param contact how to reach the sealing organisation (an e-mail address, a URL), or {@code null}
 * @param test whether this is a test seal: its annotation then says so in orange
 * @param signingTime the claimed signing time, normally the injected clock's now
 * @param annotation what the visible annotation shows, as the seal is configured
 */
public record SealOptions(
    SealLevel level,
    Placement placement,
    String field,
    String organisationName,
    String reason,
    String location,
    String contact,
    boolean test,
    Instant signingTime,
    AnnotationStyle annotation) {

  public SealOptions {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(annotation, "annotation");
    Objects.requireNonNull(organisationName, "organisationName");
    Objects.requireNonNull(signingTime, "signingTime");
    if (organisationName.isBlank()) {
      throw new IllegalArgumentException("the organisation name must not be blank");
    }
    if (field != null && field.isBlank()) {
      throw new IllegalArgumentException("a field name must not be blank");
    }
  }

  /** With the default annotation: the organisation and the time in UTC. */
  public SealOptions(
      SealLevel level,
      Placement placement,
      String field,
      String organisationName,
      String reason,
      String location,
      String contact,
      boolean test,
      Instant signingTime) {
    this(
        level,
        placement,
        field,
        organisationName,
        reason,
        location,
        contact,
        test,
        signingTime,
        AnnotationStyle.DEFAULT);
  }

  /** An invisible production seal with no reason, location or contact. */
  public static SealOptions invisible(
      SealLevel level, String organisationName, Instant signingTime) {
    return new SealOptions(
        level, null, null, organisationName, null, null, null, false, signingTime);
  }

  /** In a new signature field, with its annotation in this box ({@code null}: invisible). */
  public SealOptions withPlacement(Placement newPlacement) {
    return new SealOptions(
        level,
        newPlacement,
        null,
        organisationName,
        reason,
        location,
        contact,
        test,
        signingTime,
        annotation);
  }

  /**
   * In the existing empty signature field of that name, whose widget shows as {@code box} ({@code
   * null} for a field without a visible widget).
   */
  public SealOptions inField(String name, Placement box) {
    Objects.requireNonNull(name, "name");
    return new SealOptions(
        level,
        box,
        name,
        organisationName,
        reason,
        location,
        contact,
        test,
        signingTime,
        annotation);
  }

  public SealOptions withReasonAndLocation(String newReason, String newLocation) {
    return new SealOptions(
        level,
        placement,
        field,
        organisationName,
        newReason,
        newLocation,
        contact,
        test,
        signingTime,
        annotation);
  }

  public SealOptions withContact(String newContact) {
    return new SealOptions(
        level,
        placement,
        field,
        organisationName,
        reason,
        location,
        newContact,
        test,
        signingTime,
        annotation);
  }

  public SealOptions asTest() {
    return new SealOptions(
        level,
        placement,
        field,
        organisationName,
        reason,
        location,
        contact,
        true,
        signingTime,
        annotation);
  }

  public SealOptions withAnnotation(AnnotationStyle newAnnotation) {
    return new SealOptions(
        level,
        placement,
        field,
        organisationName,
        reason,
        location,
        contact,
        test,
        signingTime,
        newAnnotation);
  }

  /** The same seal at another level, e.g. B-B when no timestamp authority answered. */
  public SealOptions atLevel(SealLevel newLevel) {
    return new SealOptions(
        newLevel,
        placement,
        field,
        organisationName,
        reason,
        location,
        contact,
        test,
        signingTime,
        annotation);
  }

  public boolean visible() {
    return placement != null;
  }
}
