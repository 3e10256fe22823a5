package org.paraph.workflows.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.paraph.shared.domain.PortalException;
import org.paraph.shared.domain.ProblemText;
import org.paraph.shared.i18n.PseudoLocale;

/**
 * What a participant is told about their link comes from the core's bundle, in the English it had
 * when it was written in the code: the system tests and the signing page read it.
 */
class SignLinkProblemsTest {

  private static final Instant AT = Instant.parse("2026-03-04T09:05:30Z");

  @Test
  void aReplacedLinkSaysWhenAndWhyInUtc() {
    assertEnglish(
        "This link was replaced by a newer one, sent to you in a reminder on 2026-03-04 09:05 UTC:"
            + " use the most recent message.",
        SignLinkException.replaced(new ReplacedLink("hash", AT, LinkRenewal.REMINDER)));
    assertEnglish(
        "This link was replaced by a newer one, which the sender sent you on 2026-03-04 09:05 UTC:"
            + " use the most recent message.",
        SignLinkException.replaced(new ReplacedLink("hash", AT, LinkRenewal.RESENT_BY_SENDER)));
    assertEnglish(
        "This link was replaced by a newer one sent to you on 2026-03-04 09:05 UTC: use the most"
            + " recent message.",
        SignLinkException.replaced(new ReplacedLink("hash", AT, LinkRenewal.INVITATION)));
  }

  @Test
  void theEnglishIsAsItWas() {
    assertEnglish(
        "This link is not valid. Use the most recent link you were sent.",
        SignLinkException.unknown());
    assertEnglish(
        "This link is locked after too many wrong one-time passwords. The sender has been told and"
            + " can send you a new invitation.",
        SignLinkException.locked());
    assertEnglish(
        "The one-time password is wrong. 1 try left before the link is locked.",
        SignLinkException.wrongOtp(1));
    assertEnglish(
        "The one-time password is wrong. 2 tries left before the link is locked.",
        SignLinkException.wrongOtp(2));
    assertEnglish(
        "The one-time password is wrong. 0 tries left before the link is locked.",
        SignLinkException.wrongOtp(0));
    assertEnglish(
        "The trust service did not authorise the signature (access_denied: user cancelled)."
            + " Nothing was signed; you may try again from your link.",
        SignLinkException.qualifiedAuthorizationDenied("access_denied: user cancelled"));
    assertEnglish(
        "The trust service did not sign: the trust service cannot be reached now. Nothing was"
            + " signed; you may try again from your link.",
        SignLinkException.qualifiedUnreachable());
    assertEnglish(
        "The qualified certificate you signed in with names Jane Roe, but this request was sent to"
            + " John Doe. Nothing was signed. Sign in at the trust service with your own account,"
            + " or ask the sender to correct the name.",
        SignLinkException.qualifiedIdentityMismatch("Jane Roe", "John Doe"));
    assertEnglish(
        "You have already signed.",
        assertThrowsOn(ParticipantState.SIGNED),
        "as ParticipantState says it");
    assertEnglish(
        "The drawn signature must be a PNG image of at most 1024 KB.",
        SignLinkException.invalidSignature(
            ProblemText.of("problem.invalid-signature.drawn-too-large", 1024)));
  }

  @Test
  void thePseudoLocaleAccentsWhatTheParticipantReads() {
    assertEquals(
        "[Ţĥé öñé-ţîɱé þàššŵöŕď îš ŵŕöñĝ. 2 ţŕîéš ľéƒţ ƀéƒöŕé ţĥé ľîñķ îš ľöçķéď.]",
        SignLinkException.wrongOtp(2).detailIn(PseudoLocale.LOCALE));
  }

  private static SignLinkException assertThrowsOn(ParticipantState state) {
    try {
      state.requireMayAct();
    } catch (SignLinkException e) {
      return e;
    }
    throw new AssertionError(state + " may act");
  }

  private static void assertEnglish(String expected, PortalException problem) {
    assertEnglish(expected, problem, expected);
  }

  private static void assertEnglish(String expected, PortalException problem, String what) {
    assertEquals(expected, problem.getMessage(), what);
    assertNotEquals(
        problem.getMessage(), problem.detailIn(PseudoLocale.LOCALE), "from the bundle: " + what);
  }
}
