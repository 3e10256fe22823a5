package org.paraph.seals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.paraph.audit.application.AuditFlag;
import org.paraph.audit.application.AuditLog;
import org.paraph.audit.application.CodedDetails;
import org.paraph.audit.domain.AuditAction;
import org.paraph.audit.domain.AuditDetailCodes;
import org.paraph.identity.domain.User;
import org.paraph.identity.domain.UserRepository;
import org.paraph.seals.domain.AnnotationPreviews;
import org.paraph.seals.domain.Placement;
import org.paraph.seals.domain.PlacementRequest;
import org.paraph.seals.domain.Seal;
import org.paraph.seals.domain.SealAppearance;
import org.paraph.seals.domain.SealLevel;
import org.paraph.seals.domain.SealOptions;
import org.paraph.seals.domain.SealPolicy;
import org.paraph.seals.domain.SealRepository;
import org.paraph.seals.domain.UnknownSealException;
import org.paraph.shared.domain.Actor;

/**
 * A seal's settings: the appearance of its annotation (with a preview drawn by the same code as
 * real seals) and its policy (default level, timestamp authorities). Changing them is audited with
 * the administrator who did it.
 */
@ApplicationScoped
public class SealConfiguration {

  @Inject SealRepository seals;
  @Inject AnnotationPreviews previews;
  @Inject AuditLog auditLog;
  @Inject Clock clock;
  @Inject UserRepository users;

  /** The box a seal gets by default ({@code visible=true} without coordinates). */
  private static final Placement PREVIEW_BOX =
      new Placement(1, 0, 0, PlacementRequest.DEFAULT_WIDTH, PlacementRequest.DEFAULT_HEIGHT);

  /** A seal's current settings, for its editor. */
  @Transactional
  public SealSettings settings(String sealId) {
    return SealSettings.of(find(sealId));
  }

  /** The seal's name, for the editor's title. */
  @Transactional
  public String name(String sealId) {
    return find(sealId).name();
  }

  /**
   * A picture of the annotation these settings would give a seal applied now by the user {@code
   * username}, with a sample reason and location where the settings have none, in the default box
   * (200 x 70 points): drawn by the same code as real seals.
   *
   * @throws org.paraph.seals.domain.InvalidSealSettingsException for settings that cannot work
   */
  @Transactional
  public byte[] previewPng(String sealId, SealSettings draft, String username) {
    String personName = users.findByUsername(username).map(User::displayName).orElse(username);
    Seal seal = find(sealId);
    SealAppearance appearance = draft.appearance();
    String organisation =
        draft.organisationName() == null || draft.organisationName().isBlank()
            ? seal.organisationName()
            : draft.organisationName().strip();
    SealOptions options =
        new SealOptions(
            SealLevel.B_B,
            null,
            null,
            organisation,
            appearance.defaultReason() != null ? appearance.defaultReason() : "Certified copy",
            appearance.defaultLocation(),
            null,
            seal.test(),
            clock.instant(),
            appearance.styleFor(personName));
    return previews.png(options, PREVIEW_BOX);
  }

  /**
   * Saves a seal's settings, audited with the administrator who changed them.
   *
   * @throws org.paraph.seals.domain.InvalidSealSettingsException for settings that cannot work
   */
  @Transactional
  public SealSettings configure(Actor actor, String sealId, SealSettings settings) {
    Seal seal = find(sealId);
    SealAppearance appearance = settings.appearance();
    SealPolicy policy = settings.policy();
    seal.configure(settings.organisationName(), appearance, policy);
    auditLog.record(
        actor,
        AuditAction.SEAL_SETTINGS_CHANGED,
        seal.name(),
        CodedDetails.of(
                AuditDetailCodes.SEAL_SETTINGS_SAVED,
                AuditFlag.of(appearance.showOrganisation()),
                String.valueOf(seal.organisationName()),
                AuditFlag.of(appearance.showPerson()),
                AuditFlag.of(appearance.showTime()),
                String.valueOf(appearance.timeZone()),
                AuditFlag.of(appearance.showReason()),
                Objects.requireNonNullElse(appearance.defaultReason(), ""),
                AuditFlag.of(appearance.showLocation()),
                Objects.requireNonNullElse(appearance.defaultLocation(), ""),
                AuditFlag.of(appearance.logo() != null),
                String.valueOf(appearance.logo() == null ? 0 : appearance.logo().length),
                policy.defaultLevel().label(),
                AuditFlag.of(!policy.tsaUrls().isEmpty()),
                String.join(", ", policy.tsaUrls()),
                AuditFlag.of(policy.degradeWithoutTsa()),
                // The choice's number: 0 always, 1 by default, 2 on request.
                String.valueOf(policy.documentRetention().ordinal()))
            .stored());
    return SealSettings.of(seal);
  }

  private Seal find(String sealId) {
    try {
      return seals
          .find(UUID.fromString(sealId))
          .orElseThrow(() -> new UnknownSealException(sealId));
    } catch (IllegalArgumentException e) {
      throw new UnknownSealException(String.valueOf(sealId));
    }
  }
}
