package org.paraph.workflows.domain;

import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;

/**
 * A participant link that cannot be used, or a one-time password that is refused. The messages are
 * shown to the participant, so they say what happened and what to do, and never reveal anything
 * about other participants.
 */
public class SignLinkException extends PortalException {

  private SignLinkException(FailureKind kind, String problemType, ProblemText text) {
    super(kind, problemType, text);
  }

  public static SignLinkException unknown() {
    return new SignLinkException(
        FailureKind.NOT_FOUND, "unknown-link", ProblemText.of("problem.unknown-link"));
  }

  /**
   * A link that a newer one replaced: it says when and why the newer one was sent, and nothing else
   * (not the new link, nor where it went, nor the state of the request).
   */
  public static SignLinkException replaced(ReplacedLink link) {
    ProblemText text =
        switch (link.reason()) {
          case REMINDER -> ProblemText.of("problem.link-replaced.reminder", link.replacedAt());
          case RESENT_BY_SENDER ->
              ProblemText.of("problem.link-replaced.resent", link.replacedAt());
          case INVITATION, RESULT -> ProblemText.of("problem.link-replaced", link.replacedAt());
        };
    return new SignLinkException(FailureKind.GONE, "link-replaced", text);
  }

  public static SignLinkException noLongerValid(ProblemText why) {
    return new SignLinkException(FailureKind.GONE, "link-no-longer-valid", why);
  }

  public static SignLinkException locked() {
    return new SignLinkException(
        FailureKind.FORBIDDEN, "link-locked", ProblemText.of("problem.link-locked"));
  }

  public static SignLinkException notYourTurn() {
    return new SignLinkException(
        FailureKind.CONFLICT, "not-your-turn", ProblemText.of("problem.not-your-turn"));
  }

  public static SignLinkException wrongOtp(int triesLeft) {
    return new SignLinkException(
        FailureKind.UNPROCESSABLE,
        "wrong-otp",
        triesLeft == 1
            ? ProblemText.of("problem.wrong-otp.one", triesLeft)
            : ProblemText.of("problem.wrong-otp", triesLeft));
  }

  public static SignLinkException otpExpired() {
    return new SignLinkException(
        FailureKind.UNPROCESSABLE, "otp-expired", ProblemText.of("problem.otp-expired"));
  }

  public static SignLinkException invalidSignature(ProblemText message) {
    return new SignLinkException(FailureKind.BAD_REQUEST, "invalid-signature", message);
  }

  public static SignLinkException notAllowed(ProblemText message) {
    return new SignLinkException(FailureKind.FORBIDDEN, "not-allowed", message);
  }

  public static SignLinkException qualifiedUnavailable() {
    return new SignLinkException(
        FailureKind.UNPROCESSABLE,
        "qualified-trust-service-not-configured",
        ProblemText.of("problem.qualified-trust-service-not-configured"));
  }

  public static SignLinkException qualifiedStateUnknown() {
    return new SignLinkException(
        FailureKind.BAD_REQUEST,
        "qualified-state-invalid",
        ProblemText.of("problem.qualified-state-invalid"));
  }

  /**
   * The trust service's answer came back to another browser than the one whose page started the
   * signature (the cookie set then is missing or different): someone may be trying to have the
   * participant's authorisation sign their documents, or the reverse.
   */
  public static SignLinkException qualifiedBrowserMismatch() {
    return new SignLinkException(
        FailureKind.FORBIDDEN,
        "qualified-browser-mismatch",
        ProblemText.of("problem.qualified-browser-mismatch"));
  }

  public static SignLinkException qualifiedAuthorizationExpired() {
    return new SignLinkException(
        FailureKind.GONE,
        "qualified-authorization-expired",
        ProblemText.of("problem.qualified-authorization-expired"));
  }

  /**
   * @param why the trust service's error, as it gave it
   */
  public static SignLinkException qualifiedAuthorizationDenied(String why) {
    return new SignLinkException(
        FailureKind.UNPROCESSABLE,
        "qualified-authorization-denied",
        ProblemText.of("problem.qualified-authorization-denied", why));
  }

  /**
   * @param why the trust service's refusal, as it gave it, ending with a full stop
   */
  public static SignLinkException qualifiedSignatureRefused(String why) {
    return qualifiedSignatureRefused(ProblemText.of("problem.qualified-signature-failed", why));
  }

  /** The trust service cannot be reached at all. */
  public static SignLinkException qualifiedUnreachable() {
    return qualifiedSignatureRefused(
        ProblemText.of(
            "problem.qualified-signature-failed",
            ProblemText.of("problem.qualified-signature-failed.unreachable")));
  }

  private static SignLinkException qualifiedSignatureRefused(ProblemText text) {
    return new SignLinkException(FailureKind.UNAVAILABLE, "qualified-signature-failed", text);
  }

  public static SignLinkException qualifiedIdentityMismatch(
      String certificateName, String participantName) {
    return new SignLinkException(
        FailureKind.FORBIDDEN,
        "qualified-identity-mismatch",
        ProblemText.of("problem.qualified-identity-mismatch", certificateName, participantName));
  }
}
