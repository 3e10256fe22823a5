package org.paraph.seals.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;

/** A sealing option the portal does not know or does not support. */
public final class InvalidSealOptionException extends PortalException {

  private InvalidSealOptionException(String problemType, String message) {
    super(FailureKind.BAD_REQUEST, problemType, message);
  }

  static InvalidSealOptionException unknownLevel(String label, String acceptedLabels) {
    return new InvalidSealOptionException(
        "invalid-level",
        "Unknown seal level '" + label + "'. Accepted levels: " + acceptedLabels + ".");
  }

  /** A level the portal knows but cannot produce yet. */
  public static InvalidSealOptionException unsupportedLevel(SealLevel level, String supported) {
    return new InvalidSealOptionException(
        "unsupported-level",
        "Seal level " + level.label() + " is not yet supported. Choose one of: " + supported + ".");
  }

  static InvalidSealOptionException invalidFormat(String label, String acceptedLabels) {
    return new InvalidSealOptionException(
        "invalid-format",
        "Unknown seal format '" + label + "'. Accepted formats: " + acceptedLabels + ".");
  }

  /**
   * An option that the chosen format cannot carry, such as a placement for a detached signature,
   * which has no annotation.
   *
   * @param what the option or options, as the caller named them
   * @param why why they do not apply, and what to do instead
   */
  public static InvalidSealOptionException notApplicable(
      String what, SealFormat format, String why) {
    return new InvalidSealOptionException(
        "option-not-applicable", what + " does not apply to format=" + format.label() + ": " + why);
  }

  /** A personal certificate is one user's: it cannot stand for the organisation. */
  public static InvalidSealOptionException personalOrganisationSeal() {
    return new InvalidSealOptionException(
        "personal-organisation-seal",
        "A personal certificate cannot be the organisation seal: choose the organisation as its"
            + " owner, or leave 'organisation seal' unticked.");
  }

  /** A seal name that is empty or too long. */
  public static InvalidSealOptionException invalidName(String message) {
    return new InvalidSealOptionException("invalid-seal-name", message);
  }
}
