package org.paraph.workflows.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.paraph.shared.domain.ProblemText;
import org.paraph.workflows.domain.OtpCheck;
import org.paraph.workflows.domain.Participant;
import org.paraph.workflows.domain.ParticipantAction;
import org.paraph.workflows.domain.SignLinkException;
import org.paraph.workflows.domain.WorkflowRepository;

/**
 * Checks a one-time password in a transaction of its own, so that a wrong try is counted (and the
 * link locked at the fifth) even though the request that carried it fails. Tries with one link
 * queue on the participant's row, so that guesses sent at once are counted one after the other:
 * never more than five are evaluated, and the sender is told of the lock once.
 */
@ApplicationScoped
public class OtpAttempts {

  @Inject WorkflowRepository workflows;
  @Inject WorkflowAudit audit;
  @Inject Callbacks callbacks;
  @Inject Invitations invitations;
  @Inject ParticipantLinks links;
  @Inject Clock clock;
  @Inject OtpMetrics metrics;

  /** Who passed the check. */
  public record Passed(UUID workflowId, UUID participantId) {}

  public record Outcome(OtpCheck check, int triesLeft, Passed passed) {}

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Outcome check(String token, String code, RequestOrigin origin) {
    Participant participant = links.holderOf(token);
    // A link already locked is refused without queueing for the row.
    links.requireUsable(participant);
    workflows.lockAndRefresh(participant);
    links.requireUsable(participant);
    if (participant.action() != ParticipantAction.SIGN) {
      // A qualified signer is confirmed by their trust service, never by a code.
      throw SignLinkException.notAllowed(ProblemText.of("problem.not-allowed.no-otp"));
    }
    OtpCheck check = participant.checkOtp(code, clock.instant());
    switch (check) {
      case ACCEPTED -> audit.otpVerified(participant, origin);
      case WRONG -> audit.otpWrong(participant, origin);
      case LOCKED -> {
        audit.linkLocked(participant, origin);
        callbacks.stateChanged(participant.workflow(), participant, "participant.locked");
        invitations.tellSenderOfLock(participant);
      }
      case EXPIRED -> audit.otpExpired(participant, origin);
    }
    metrics.checked(check);
    return new Outcome(
        check,
        participant.otpTriesLeft(),
        new Passed(participant.workflow().id(), participant.id()));
  }
}
