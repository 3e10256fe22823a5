package org.paraph.workflows.domain;

/**
 * Why a participant was sent a new link. The link they held before is then replaced: it no longer
 * works, and it answers with this reason and date rather than as an unknown link.
 */
public enum LinkRenewal {
  /** The participant's turn began. */
  INVITATION,
  /** The process reminded a participant who had not acted yet. */
  REMINDER,
  /** The sender sent a new link, for example after the old one was locked. */
  RESENT_BY_SENDER,
  /** The workflow was completed: the link to download the sealed documents. */
  RESULT
}
