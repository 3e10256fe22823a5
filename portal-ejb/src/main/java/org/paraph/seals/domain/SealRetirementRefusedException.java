package org.paraph.seals.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;

/** A seal that cannot be retired now, or not by this person. */
public class SealRetirementRefusedException extends PortalException {

  private SealRetirementRefusedException(FailureKind kind, String problemType, String message) {
    super(kind, problemType, message);
  }

  /**
   * Requests that name no seal use the organisation seal: retiring it would leave them with none.
   * The portal changes the default when another seal is registered as the organisation seal.
   */
  public static SealRetirementRefusedException organisationDefault(String sealName) {
    return new SealRetirementRefusedException(
        FailureKind.CONFLICT,
        "seal-is-organisation-default",
        "'"
            + sealName
            + "' is the organisation seal, used when a request names none: make another seal the"
            + " organisation seal first (register one with \"Make it the organisation seal\"),"
            + " then retire this one.");
  }

  /** Only administrators retire the organisation's seals; a personal one, also its owner. */
  public static SealRetirementRefusedException notAllowed(String sealName, String caller) {
    return new SealRetirementRefusedException(
        FailureKind.FORBIDDEN,
        "seal-retirement-forbidden",
        "'"
            + caller
            + "' may not retire '"
            + sealName
            + "': only administrators retire the organisation's seals, and a personal"
            + " certificate only its owner or an administrator.");
  }
}
