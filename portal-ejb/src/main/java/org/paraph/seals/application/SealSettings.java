package org.paraph.seals.application;

import java.util.List;
import org.paraph.seals.domain.DocumentRetention;
import org.paraph.seals.domain.InvalidSealSettingsException;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealAppearance;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealPolicy;

/**
 * A seal's settings as its editor shows and sends them: what the annotation shows, its logo, the
 * default level and the timestamp authorities.
 *
 * @param organisationName the organisation named in the annotation and the signature
 * @param timeZone a region such as {@code Europe/Paris}, or {@code UTC}
 * @param defaultReason the reason used when a request gives none, or {@code null}
 * @param defaultLocation the location used when a request gives none, or {@code null}
 * @param logo the PNG or JPEG drawn at the left of the text, or {@code null}
 * @param defaultLevel the label of the level used when a request gives none, e.g. {@code B-T}
 * @param tsaUrls the timestamp authorities in the order they are tried; empty for the portal's own
 * @param degradeWithoutTsa whether to seal at B-B when none of them answers
 * @param documentRetention the name of a {@link DocumentRetention}: whether the documents sealed
 *     are kept, and whether a request may choose
 */
public record SealSettings(
    String organisationName,
    boolean showOrganisation,
    boolean showPerson,
    boolean showTime,
    String timeZone,
    boolean showReason,
    boolean showLocation,
    String defaultReason,
    String defaultLocation,
    byte[] logo,
    String defaultLevel,
    List<String> tsaUrls,
    boolean degradeWithoutTsa,
    String documentRetention) {

  public SealSettings {
    tsaUrls = tsaUrls == null ? List.of() : List.copyOf(tsaUrls);
  }

  static SealSettings of(Seal seal) {
    SealAppearance appearance = seal.appearance();
    SealPolicy policy = seal.policy();
    return new SealSettings(
        seal.organisationName(),
        appearance.showOrganisation(),
        appearance.showPerson(),
        appearance.showTime(),
        appearance.timeZone(),
        appearance.showReason(),
        appearance.showLocation(),
        appearance.defaultReason(),
        appearance.defaultLocation(),
        appearance.logo(),
        policy.defaultLevel().label(),
        policy.tsaUrls(),
        policy.degradeWithoutTsa(),
        policy.documentRetention().name());
  }

  /**
   * @throws org.paraph.seals.domain.InvalidSealSettingsException for settings that cannot work
   */
  SealAppearance appearance() {
    return new SealAppearance(
        showOrganisation,
        showPerson,
        showTime,
        timeZone,
        showReason,
        showLocation,
        defaultReason,
        defaultLocation,
        logo);
  }

  /**
   * @throws org.paraph.seals.domain.InvalidSealOptionException for an unknown level
   * @throws org.paraph.seals.domain.InvalidSealSettingsException for a URL that is not http(s)
   */
  SealPolicy policy() {
    return new SealPolicy(
        SealLevel.fromLabel(defaultLevel), tsaUrls, degradeWithoutTsa, retention());
  }

  /**
   * @throws org.paraph.seals.domain.InvalidSealSettingsException for an unknown retention
   */
  private DocumentRetention retention() {
    if (documentRetention == null || documentRetention.isBlank()) {
      return DocumentRetention.BY_DEFAULT;
    }
    try {
      return DocumentRetention.valueOf(documentRetention);
    } catch (IllegalArgumentException e) {
      throw InvalidSealSettingsException.unknownRetention(documentRetention);
    }
  }

  public SealSettings withOrganisationName(String name) {
    return new SealSettings(
        name,
        showOrganisation,
        showPerson,
        showTime,
        timeZone,
        showReason,
        showLocation,
        defaultReason,
        defaultLocation,
        logo,
        defaultLevel,
        tsaUrls,
        degradeWithoutTsa,
        documentRetention);
  }
}
