package org.paraph.seals.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;

/** A sealing option the portal does not know or does not support. */
public final class InvalidSealOptionException extends PortalException {

  private InvalidSealOptionException(String problemType, ProblemText text) {
    super(FailureKind.BAD_REQUEST, problemType, text);
  }

  static InvalidSealOptionException unknownLevel(String label, String acceptedLabels) {
    return new InvalidSealOptionException(
        "invalid-level", ProblemText.of("problem.invalid-level", label, acceptedLabels));
  }

  /** A level the portal knows but cannot produce yet. */
  public static InvalidSealOptionException unsupportedLevel(SealLevel level, String supported) {
    return new InvalidSealOptionException(
        "unsupported-level", ProblemText.of("problem.unsupported-level", level.label(), supported));
  }

  static InvalidSealOptionException invalidFormat(String label, String acceptedLabels) {
    return new InvalidSealOptionException(
        "invalid-format", ProblemText.of("problem.invalid-format", label, acceptedLabels));
  }

  /** A placement for a format without an annotation (a detached signature). */
  public static InvalidSealOptionException visibleNotApplicable(SealFormat format) {
    return new InvalidSealOptionException(
        "option-not-applicable",
        ProblemText.of("problem.option-not-applicable.visible", format.label()));
  }

  /** A free-text reason for a format with no place for one (CAdES). */
  public static InvalidSealOptionException reasonNotApplicable(SealFormat format) {
    return new InvalidSealOptionException(
        "option-not-applicable",
        ProblemText.of("problem.option-not-applicable.reason", format.label()));
  }

  /** A personal certificate is one user's: it cannot stand for the organisation. */
  public static InvalidSealOptionException personalOrganisationSeal() {
    return new InvalidSealOptionException(
        "personal-organisation-seal", ProblemText.of("problem.personal-organisation-seal"));
  }

  /** A seal's name, or another value of its registration, that is missing or wrong. */
  public static InvalidSealOptionException invalidName(ProblemText text) {
    return new InvalidSealOptionException("invalid-seal-name", text);
  }

  /** {@code keep=false} for a seal whose administrators keep every document it seals. */
  public static InvalidSealOptionException keepNotAllowed(String sealName) {
    return new InvalidSealOptionException(
        "option-not-applicable", ProblemText.of("problem.option-not-applicable.keep", sealName));
  }
}
