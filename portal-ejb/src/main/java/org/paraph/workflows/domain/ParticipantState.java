package org.paraph.workflows.domain;

import org.paraph.shared.domain.ProblemText;

/** Where one participant stands. */
public enum ParticipantState {
  /** A lower order has not finished yet. */
  WAITING,
  /** The participant has been sent a link (or, for a seal, the task) and may act. */
  INVITED,
  /** Too many wrong one-time passwords: the link no longer works; the sender was told. */
  LOCKED,
  /** Signed every document (or, for a seal, approved and the seal was applied). */
  SIGNED,
  /** Refused, with a reason; the workflow ended as declined. */
  DECLINED;

  /**
   * Only an invited participant may act (ask for a code, sign, decline, start a qualified
   * signature).
   *
   * @throws SignLinkException saying why not: locked, not their turn yet, or acted already
   */
  public void requireMayAct() {
    if (this == LOCKED) {
      throw SignLinkException.locked();
    }
    if (this == WAITING) {
      throw SignLinkException.notYourTurn();
    }
    if (this != INVITED) {
      throw SignLinkException.noLongerValid(
          this == SIGNED
              ? ProblemText.of("problem.link-no-longer-valid.signed")
              : ProblemText.of("problem.link-no-longer-valid.declined-by-you"));
    }
  }
}
