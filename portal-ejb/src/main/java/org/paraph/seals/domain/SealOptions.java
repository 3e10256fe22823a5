package org.paraph.seals.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * How one document is to be sealed.
 *
 * @param level the PAdES baseline level
 * @param placement where the visible annotation goes; {@code null} for an invisible seal
 * @param organisationName the sealing organisation, shown first in the annotation and used as the
 *     signature's name
 * @param reason why the document is sealed, or {@code null}
 * @param location where it is sealed (a city, a site), or {@code null}
 * @param contact how to reach the sealing organisation (an e-mail address, a URL), or {@code null}
 * @param test whether this is a test seal: its annotation then says so in orange
 * @param signingTime the claimed signing time, normally the injected clock's now
 */
public record SealOptions(
    SealLevel level,
    Placement placement,
    String organisationName,
    String reason,
    String location,
    String contact,
    boolean test,
    Instant signingTime) {

  public SealOptions {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(organisationName, "organisationName");
    Objects.requireNonNull(signingTime, "signingTime");
    if (organisationName.isBlank()) {
      throw new IllegalArgumentException("the organisation name must not be blank");
    }
  }

  /** An invisible production seal with no reason, location or contact. */
  public static SealOptions invisible(
      SealLevel level, String organisationName, Instant signingTime) {
    return new SealOptions(level, null, organisationName, null, null, null, false, signingTime);
  }

  public SealOptions withPlacement(Placement newPlacement) {
    return new SealOptions(
        level, newPlacement, organisationName, reason, location, contact, test, signingTime);
  }

  public SealOptions withReasonAndLocation(String newReason, String newLocation) {
    return new SealOptions(
        level, placement, organisationName, newReason, newLocation, contact, test, signingTime);
  }

  public SealOptions withContact(String newContact) {
    return new SealOptions(
        level, placement, organisationName, reason, location, newContact, test, signingTime);
  }

  public SealOptions asTest() {
    return new SealOptions(
        level, placement, organisationName, reason, location, contact, true, signingTime);
  }

  public boolean visible() {
    return placement != null;
  }
}
