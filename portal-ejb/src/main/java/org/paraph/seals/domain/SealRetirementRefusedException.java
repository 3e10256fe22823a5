package org.paraph.seals.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;

/** A seal that cannot be retired now, or not by this person. */
public class SealRetirementRefusedException extends PortalException {

  private SealRetirementRefusedException(FailureKind kind, String problemType, ProblemText text) {
    super(kind, problemType, text);
  }

  /**
   * Requests that name no seal use the organisation seal: retiring it would leave them with none.
   * The portal changes the default when another seal is registered as the organisation seal.
   */
  public static SealRetirementRefusedException organisationDefault(String sealName) {
    return new SealRetirementRefusedException(
        FailureKind.CONFLICT,
        "seal-is-organisation-default",
        ProblemText.of("problem.seal-is-organisation-default", sealName));
  }

  /** Only administrators retire the organisation's seals; a personal one, also its owner. */
  public static SealRetirementRefusedException notAllowed(String sealName, String caller) {
    return new SealRetirementRefusedException(
        FailureKind.FORBIDDEN,
        "seal-retirement-forbidden",
        ProblemText.of("problem.seal-retirement-forbidden", caller, sealName));
  }
}
