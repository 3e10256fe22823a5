package org.paraph.workflows.domain;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.paraph.shared.domain.FailureKind;
import org.paraph.shared.domain.PortalException;

/**
 * A participant link that cannot be used, or a one-time password that is refused. The messages are
 * shown to the participant, so they say what happened and what to do, and never reveal anything
 * about other participants.
 */
public class SignLinkException extends PortalException {

  private static final DateTimeFormatter REPLACED_AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private SignLinkException(FailureKind kind, String problemType, String message) {
    super(kind, problemType, message);
  }

  public static SignLinkException unknown() {
    return new SignLinkException(
        FailureKind.NOT_FOUND,
        "unknown-link",
        "This link is not valid. Use the most recent link you were sent.");
  }

  /**
   * A link that a newer one replaced: it says when and why the newer one was sent, and nothing else
   * (not the new link, nor where it went, nor the state of the request).
   */
  public static SignLinkException replaced(ReplacedLink link) {
    String when = REPLACED_AT.format(link.replacedAt());
    String newer =
        switch (link.reason()) {
          case REMINDER -> "a newer one, sent to you in a reminder on " + when;
          case RESENT_BY_SENDER -> "a newer one, which the sender sent you on " + when;
          case INVITATION, RESULT -> "a newer one sent to you on " + when;
        };
    return new SignLinkException(
        FailureKind.GONE,
        "link-replaced",
        "This link was replaced by " + newer + ": use the most recent message.");
  }

  public static SignLinkException noLongerValid(String why) {
    return new SignLinkException(FailureKind.GONE, "link-no-longer-valid", why);
  }

  public static SignLinkException locked() {
    return new SignLinkException(
        FailureKind.FORBIDDEN,
        "link-locked",
        "This link is locked after too many wrong one-time passwords. The sender has been told"
            + " and can send you a new invitation.");
  }

  public static SignLinkException notYourTurn() {
    return new SignLinkException(
        FailureKind.CONFLICT,
        "not-your-turn",
        "Other participants must act first; you will receive an e-mail when it is your turn.");
  }

  public static SignLinkException wrongOtp(int triesLeft) {
    return new SignLinkException(
        FailureKind.UNPROCESSABLE,
        "wrong-otp",
        "The one-time password is wrong. "
            + triesLeft
            + (triesLeft == 1 ? " try" : " tries")
            + " left before the link is locked.");
  }

  public static SignLinkException otpExpired() {
    return new SignLinkException(
        FailureKind.UNPROCESSABLE,
        "otp-expired",
        "The one-time password has expired or was never sent. Ask for a new one.");
  }

  public static SignLinkException invalidSignature(String message) {
    return new SignLinkException(FailureKind.BAD_REQUEST, "invalid-signature", message);
  }

  public static SignLinkException notAllowed(String message) {
    return new SignLinkException(FailureKind.FORBIDDEN, "not-allowed", message);
  }

  public static SignLinkException qualifiedUnavailable() {
    return new SignLinkException(
        FailureKind.UNPROCESSABLE,
        "qualified-trust-service-not-configured",
        "No qualified trust service is configured on this portal, so nobody can sign with a"
            + " qualified certificate here. Ask the sender.");
  }

  public static SignLinkException qualifiedStateUnknown() {
    return new SignLinkException(
        FailureKind.BAD_REQUEST,
        "qualified-state-invalid",
        "This answer from the trust service does not match a signature in progress, or was"
            + " already used. Open your link again and choose to sign with your qualified"
            + " certificate.");
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
        "This answer from the trust service came back to another browser than the one that"
            + " started the signature. Nothing was signed. Open your link again, in the browser"
            + " you use, and choose to sign with your qualified certificate.");
  }

  public static SignLinkException qualifiedAuthorizationExpired() {
    return new SignLinkException(
        FailureKind.GONE,
        "qualified-authorization-expired",
        "The authorisation at the trust service took too long. Open your link again and choose"
            + " to sign with your qualified certificate.");
  }

  public static SignLinkException qualifiedAuthorizationDenied(String why) {
    return new SignLinkException(
        FailureKind.UNPROCESSABLE,
        "qualified-authorization-denied",
        "The trust service did not authorise the signature ("
            + why
            + "). Nothing was signed; you may try again from your link.");
  }

  public static SignLinkException qualifiedSignatureRefused(String why) {
    return new SignLinkException(
        FailureKind.UNAVAILABLE,
        "qualified-signature-failed",
        "The trust service did not sign: "
            + why
            + " Nothing was signed; you may try again from your link.");
  }

  public static SignLinkException qualifiedIdentityMismatch(
      String certificateName, String participantName) {
    return new SignLinkException(
        FailureKind.FORBIDDEN,
        "qualified-identity-mismatch",
        "The qualified certificate you signed in with names "
            + certificateName
            + ", but this request was sent to "
            + participantName
            + ". Nothing was signed. Sign in at the trust service with your own account, or ask"
            + " the sender to correct the name.");
  }
}
