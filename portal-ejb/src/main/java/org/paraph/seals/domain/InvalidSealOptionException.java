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
}
